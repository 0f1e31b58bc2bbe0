<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Alignment</name>
    <message>
        <source>Value proposition “%1” is not delivered by any value-chain stage: a promise with no work behind it.</source>
        <translation>Das Wertangebot „%1“ wird von keiner Stufe einer Wertschöpfungskette erbracht: ein Versprechen ohne Arbeit dahinter.</translation>
    </message>
    <message>
        <source>Customer segment “%1” is not served by any value proposition.</source>
        <translation>Das Kundensegment „%1“ wird von keinem Wertangebot bedient.</translation>
    </message>
    <message>
        <source>Stage “%1” of chain “%2” is linked to no value proposition, segment, channel, relationship or revenue stream, and neither is any other stage of its chain: work that delivers nothing visible.</source>
        <translation>Die Stufe „%1“ der Kette „%2“ ist mit keinem Wertangebot, Segment, Kanal, keiner Kundenbeziehung und keiner Einnahmequelle verknüpft, und auch keine andere Stufe ihrer Kette: Arbeit, die nichts Sichtbares liefert.</translation>
    </message>
    <message>
        <source>Key activity “%1” has no value-chain stage behind it.</source>
        <translation>Hinter der Schlüsselaktivität „%1“ steht keine Stufe einer Wertschöpfungskette.</translation>
    </message>
    <message>
        <source>Key partner “%1” has no supplier behind it.</source>
        <translation>Hinter dem Schlüsselpartner „%1“ steht kein Lieferant.</translation>
    </message>
    <message>
        <source>Supplier “%1” serves no key partner or value-chain stage.</source>
        <translation>Der Lieferant „%1“ beliefert weder einen Schlüsselpartner noch eine Stufe einer Wertschöpfungskette.</translation>
    </message>
    <message>
        <source>Stage “%1” of chain “%2” has no organisation, location or information linked.</source>
        <translation>Mit der Stufe „%1“ der Kette „%2“ ist keine Organisation, kein Standort und keine Information verknüpft.</translation>
    </message>
    <message>
        <source>Channel “%1” is not delivered by any value-chain stage.</source>
        <translation>Der Kanal „%1“ wird von keiner Stufe einer Wertschöpfungskette erbracht.</translation>
    </message>
    <message>
        <source>Customer relationship “%1” is not delivered by any value-chain stage.</source>
        <translation>Die Kundenbeziehung „%1“ wird von keiner Stufe einer Wertschöpfungskette erbracht.</translation>
    </message>
    <message>
        <source>Value chain “%1” has no stages.</source>
        <translation>Die Wertschöpfungskette „%1“ hat keine Stufen.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>The Value Propositions block is empty: the business model promises nothing yet.</source>
        <translation>Der Block Wertangebote ist leer: Das Geschäftsmodell verspricht noch nichts.</translation>
    </message>
    <message>
        <source>The Customer Segments block is empty: nobody is served yet.</source>
        <translation>Der Block Kundensegmente ist leer: Noch wird niemand bedient.</translation>
    </message>
    <message>
        <source>The operating model has no value delivery chain: no work is described yet.</source>
        <translation>Das Betriebsmodell hat keine Wertschöpfungskette: Noch ist keine Arbeit beschrieben.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>%1 of %2 value propositions delivered (%3); %4 of %5 value-chain stages serve something (%6)</source>
        <translation>%1 von %2 Wertangeboten erbracht (%3); %4 von %5 Stufen der Wertschöpfungsketten dienen etwas (%6)</translation>
    </message>
    <message>
        <source>Alignment check</source>
        <translation>Ausrichtungsprüfung</translation>
    </message>
    <message>
        <source>Alignment check: %1</source>
        <translation>Ausrichtungsprüfung: %1</translation>
    </message>
    <message>
        <source> (snapshot “%1”)</source>
        <translation> (Momentaufnahme „%1“)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>Abdeckung: %1</translation>
    </message>
    <message>
        <source>No findings: the canvases are aligned.</source>
        <translation>Keine Befunde: Die Canvases sind aufeinander abgestimmt.</translation>
    </message>
    <message>
        <source>**File:**</source>
        <translation>**Datei:**</translation>
    </message>
    <message>
        <source>**Summary:**</source>
        <translation>**Zusammenfassung:**</translation>
    </message>
    <message>
        <source>**Coverage:**</source>
        <translation>**Abdeckung:**</translation>
    </message>
    <message>
        <source>Cost “%1”: %2 of it reaches no value proposition: money spent on work that delivers no promise.</source>
        <translation>Kosten „%1“: %2 davon erreichen kein Wertangebot: Geld für Arbeit, die kein Versprechen einlöst.</translation>
    </message>
    <message>
        <source>Revenue stream “%1” has an amount but is linked to no value proposition: income with no promise behind it.</source>
        <translation>Einnahmequelle „%1“ hat einen Betrag, ist aber mit keinem Wertangebot verknüpft: Einnahmen ohne Versprechen dahinter.</translation>
    </message>
    <message>
        <source>Value proposition “%1” costs %2 to serve and earns %3: a promise that loses money.</source>
        <translation>Wertangebot „%1“ kostet %2 und bringt %3 ein: ein Versprechen, das Geld verliert.</translation>
    </message>
</context>
<context>
    <name>ArchimateExport</name>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>Key Partners</source>
        <translation>Schlüsselpartner</translation>
    </message>
    <message>
        <source>Who do we rely on, and what do they bring us?</source>
        <translation>Auf wen verlassen wir uns, und was bringen sie uns?</translation>
    </message>
    <message>
        <source>Key Activities</source>
        <translation>Schlüsselaktivitäten</translation>
    </message>
    <message>
        <source>What must we be excellent at doing to deliver the offer?</source>
        <translation>Worin müssen wir herausragend sein, um das Angebot zu erbringen?</translation>
    </message>
    <message>
        <source>Key Resources</source>
        <translation>Schlüsselressourcen</translation>
    </message>
    <message>
        <source>Which assets (people, know-how, money, things) make it possible?</source>
        <translation>Welche Ressourcen (Menschen, Know-how, Geld, Dinge) machen es möglich?</translation>
    </message>
    <message>
        <source>Value Propositions</source>
        <translation>Wertangebote</translation>
    </message>
    <message>
        <source>Which problem do we solve, which gain do we create, for whom?</source>
        <translation>Welches Problem lösen wir, welchen Nutzen schaffen wir, für wen?</translation>
    </message>
    <message>
        <source>Customer Relationships</source>
        <translation>Kundenbeziehungen</translation>
    </message>
    <message>
        <source>What kind of relationship does each segment expect from us?</source>
        <translation>Welche Art von Beziehung erwartet jedes Segment von uns?</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>How do we reach, sell to and serve each segment?</source>
        <translation>Wie erreichen, beliefern und betreuen wir jedes Segment?</translation>
    </message>
    <message>
        <source>Customer Segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>For whom do we create value? Who matters most?</source>
        <translation>Für wen schaffen wir Wert? Wer ist am wichtigsten?</translation>
    </message>
    <message>
        <source>Cost Structure</source>
        <translation>Kostenstruktur</translation>
    </message>
    <message>
        <source>What are the biggest costs, and which activities drive them?</source>
        <translation>Was sind die größten Kosten, und welche Aktivitäten verursachen sie?</translation>
    </message>
    <message>
        <source>Revenue Streams</source>
        <translation>Einnahmequellen</translation>
    </message>
    <message>
        <source>What do customers pay for, how, and how much?</source>
        <translation>Wofür zahlen die Kunden, wie und wie viel?</translation>
    </message>
    <message>
        <source>Value Delivery Chains</source>
        <translation>Wertschöpfungsketten</translation>
    </message>
    <message>
        <source>The steps of work, in order, that deliver a value proposition. One chain per proposition or customer group.</source>
        <translation>Die Arbeitsschritte, der Reihe nach, die ein Wertangebot erbringen. Eine Kette je Angebot oder Kundengruppe.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who does the work: units, roles, decision rights.</source>
        <translation>Wer die Arbeit macht: Einheiten, Rollen, Entscheidungsrechte.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Where the work happens; sites, buildings, assets.</source>
        <translation>Wo die Arbeit geschieht: Standorte, Gebäude, Anlagen.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Which systems and data the work needs.</source>
        <translation>Welche Systeme und Daten die Arbeit braucht.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Who supplies inputs, and on what terms.</source>
        <translation>Wer Vorleistungen liefert, und zu welchen Bedingungen.</translation>
    </message>
    <message>
        <source>Management System</source>
        <translation>Managementsystem</translation>
    </message>
    <message>
        <source>Planning, budgeting, performance, risk, people processes.</source>
        <translation>Planung, Budgetierung, Leistungssteuerung, Risiko, Personalprozesse.</translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>from the BMC</source>
        <translation>aus dem BMC</translation>
    </message>
    <message>
        <source>Mirrors the Business Model Canvas: add notes there, or double-click here.</source>
        <translation>Spiegelt das Business Model Canvas: Fügen Sie dort Notizen hinzu oder doppelklicken Sie hier.</translation>
    </message>
    <message>
        <source>Double-click to add a chain.</source>
        <translation>Doppelklicken Sie, um eine Kette hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>CanvasFrameItem</name>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>What value, for whom, for what money</source>
        <translation>Welcher Wert, für wen, für welches Geld</translation>
    </message>
    <message>
        <source>How the work gets done</source>
        <translation>Wie die Arbeit erledigt wird</translation>
    </message>
    <message>
        <source>Business Model Canvas: Strategyzer AG, CC BY-SA 3.0</source>
        <translation>Business Model Canvas: Strategyzer AG, CC BY-SA 3.0</translation>
    </message>
    <message>
        <source>Operating Model Canvas: Campbell, Gutierrez and Lancelott (2017)</source>
        <translation>Operating Model Canvas: Campbell, Gutierrez und Lancelott (2017)</translation>
    </message>
</context>
<context>
    <name>ChainItem</name>
    <message>
        <source>Double-click to add a stage</source>
        <translation>Doppelklicken Sie, um eine Stufe hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>usage: tandem check [--format text|markdown|json] [--snapshot NAME] FILE</source>
        <translation>Aufruf: tandem check [--format text|markdown|json] [--snapshot NAME] DATEI</translation>
    </message>
    <message>
        <source>Checks how well the business model and the operating model of a session line up (rules A1-A8).
Exit status: 0 no gap found, 1 at least one gap, 2 the file cannot be loaded or the command line is wrong.</source>
        <translation>Prüft, wie gut Geschäftsmodell und Betriebsmodell einer Sitzung zusammenpassen (Regeln A1–A8).
Rückgabewert: 0 keine Lücke gefunden, 1 mindestens eine Lücke, 2 die Datei kann nicht geladen werden oder die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Output format: text (default), markdown or json.</source>
        <translation>Ausgabeformat: text (Standard), markdown oder json.</translation>
    </message>
    <message>
        <source>Check the named snapshot instead of the current canvases.</source>
        <translation>Die genannte Momentaufnahme statt der aktuellen Canvases prüfen.</translation>
    </message>
    <message>
        <source>The session file (.tandem.yaml).</source>
        <translation>Die Sitzungsdatei (.tandem.yaml).</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, markdown or json)</source>
        <translation>unbekanntes Format „%1“ (erwartet: text, markdown oder json)</translation>
    </message>
    <message>
        <source>no session file given</source>
        <translation>keine Sitzungsdatei angegeben</translation>
    </message>
    <message>
        <source>one session file at a time, got %1</source>
        <translation>nur eine Sitzungsdatei auf einmal, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: no snapshot named “%2”</source>
        <translation>%1: keine Momentaufnahme namens „%2“</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Tandem notes</source>
        <translation>Tandem-Notizen</translation>
    </message>
    <message>
        <source>Copied stages</source>
        <translation>Kopierte Stufen</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>Resolve conflict: %1</source>
        <translation>Konflikt lösen: %1</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>usage: tandem diff [--format text|json] A B
       tandem diff [--format text|json] --snapshot NAME A [B]
       tandem diff --textconv FILE</source>
        <translation>Aufruf: tandem diff [--format text|json] A B
        tandem diff [--format text|json] --snapshot NAME A [B]
        tandem diff --textconv DATEI</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Compare snapshot NAME of A with the current canvases of A, or of B when given.</source>
        <translation>Die Momentaufnahme NAME von A mit den aktuellen Canvases von A vergleichen, oder mit denen von B, falls angegeben.</translation>
    </message>
    <message>
        <source>Print FILE as a line-per-note outline, for git&apos;s textconv (see docs/git-diff.md).</source>
        <translation>DATEI als Gliederung mit einer Zeile pro Notiz ausgeben, für git textconv (siehe docs/git-diff.md).</translation>
    </message>
    <message>
        <source>The older session file (.tandem.yaml).</source>
        <translation>Die ältere Sitzungsdatei (.tandem.yaml).</translation>
    </message>
    <message>
        <source>The newer session file (.tandem.yaml).</source>
        <translation>Die neuere Sitzungsdatei (.tandem.yaml).</translation>
    </message>
    <message>
        <source>--textconv takes no --snapshot or --format</source>
        <translation>--textconv nimmt weder --snapshot noch --format</translation>
    </message>
    <message>
        <source>--textconv takes one file</source>
        <translation>--textconv nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text or json)</source>
        <translation>unbekanntes Format „%1“ (erwartet: text oder json)</translation>
    </message>
    <message>
        <source>no session file given</source>
        <translation>keine Sitzungsdatei angegeben</translation>
    </message>
    <message>
        <source>two session files at most, got %1</source>
        <translation>höchstens zwei Sitzungsdateien, erhalten: %1</translation>
    </message>
    <message>
        <source>two session files to compare, or --snapshot NAME and one file</source>
        <translation>zwei Sitzungsdateien zum Vergleichen, oder --snapshot NAME und eine Datei</translation>
    </message>
    <message>
        <source>%1: no snapshot named “%2” (the session has no snapshots)</source>
        <translation>%1: keine Momentaufnahme namens „%2“ (die Sitzung hat keine Momentaufnahmen)</translation>
    </message>
    <message>
        <source>%1: no snapshot named “%2” (it has: %3)</source>
        <translation>%1: keine Momentaufnahme namens „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>Shows what changed between two sessions, or between a snapshot and the current canvases: notes added, removed, changed and moved, chains and links, and where amounts exist how revenue, cost, profit and each value proposition&apos;s margin changed.
Exit status: 0 no differences, 1 differences, 2 a file cannot be loaded, the snapshot does not exist or the command line is wrong.</source>
        <translation>Zeigt, was sich zwischen zwei Sitzungen oder zwischen einer Momentaufnahme und den aktuellen Canvases geändert hat: hinzugefügte, entfernte, geänderte und verschobene Notizen, Ketten und Verknüpfungen, und wo Beträge vorhanden sind, wie sich Einnahmen, Kosten, Gewinn und die Marge jedes Wertangebots verändert haben.
Rückgabewert: 0 keine Unterschiede, 1 Unterschiede, 2 eine Datei kann nicht geladen werden, die Momentaufnahme existiert nicht oder die Befehlszeile ist falsch.</translation>
    </message>
</context>
<context>
    <name>DiffFormat</name>
    <message>
        <source>Value chain: %1</source>
        <translation>Wertschöpfungskette: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>description added</source>
        <translation>Beschreibung hinzugefügt</translation>
    </message>
    <message>
        <source>description removed</source>
        <translation>Beschreibung entfernt</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>colour %1 -&gt; %2</source>
        <translation>Farbe %1 -&gt; %2</translation>
    </message>
    <message>
        <source>tags %1 -&gt; %2</source>
        <translation>Schlagwörter %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>%1 (snapshot “%2”)</source>
        <translation>%1 (Momentaufnahme „%2“)</translation>
    </message>
    <message>
        <source>chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>link:</source>
        <translation>Verknüpfung:</translation>
    </message>
    <message>
        <source>note %1 -&gt; %2</source>
        <translation>Notiz %1 -&gt; %2</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>chains</source>
        <translation>Ketten</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>amount %1 -&gt; %2</source>
        <translation>Betrag %1 -&gt; %2</translation>
    </message>
    <message>
        <source>weight %1 -&gt; %2</source>
        <translation>Gewicht %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <source>canvases</source>
        <translation>Canvases</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>a report is a PDF: choose a .pdf output</source>
        <translation>ein Bericht ist ein PDF: Wählen Sie eine .pdf-Ausgabe</translation>
    </message>
    <message>
        <source>a report needs a page size (A4 ... Tabloid), not fit</source>
        <translation>ein Bericht braucht ein Seitenformat (A4 … Tabloid), nicht fit</translation>
    </message>
    <message>
        <source>the margin must be between 0 and %1 mm</source>
        <translation>der Rand muss zwischen 0 und %1 mm liegen</translation>
    </message>
    <message>
        <source>the margins leave no room on a %1 page</source>
        <translation>die Ränder lassen auf einer %1-Seite keinen Platz</translation>
    </message>
    <message>
        <source>the resolution must be %1 to %2 dpi</source>
        <translation>die Auflösung muss %1 bis %2 dpi betragen</translation>
    </message>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>Both canvases, with their links</source>
        <translation>Beide Canvases, mit ihren Verknüpfungen</translation>
    </message>
    <message>
        <source>Fit to content</source>
        <translation>An Inhalt anpassen</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Rewrites sessions in Tandem&apos;s canonical form (the bytes Tandem&apos;s save writes).
Exit status: 0 all canonical, 1 --check found a file that is not, 2 a file cannot be loaded or written (it is left as it was) or the command line is wrong.</source>
        <translation>Schreibt Sitzungen in Tandems kanonischer Form neu (die Bytes, die Tandem beim Speichern schreibt).
Rückgabewert: 0 alle kanonisch, 1 --check hat eine nicht kanonische Datei gefunden, 2 eine Datei kann nicht geladen oder geschrieben werden (sie bleibt, wie sie war) oder die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Write nothing; name each file that is not canonical and exit 1.</source>
        <translation>Nichts schreiben; jede nicht kanonische Datei nennen und mit 1 enden.</translation>
    </message>
    <message>
        <source>Session files.</source>
        <translation>Sitzungsdateien.</translation>
    </message>
    <message>
        <source>%1: not in canonical form (run tandem fmt)</source>
        <translation>%1: nicht in kanonischer Form (tandem fmt ausführen)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>usage: tandem fmt [--check] FILE...</source>
        <translation>Aufruf: tandem fmt [--check] DATEI...</translation>
    </message>
    <message>
        <source>no session file given</source>
        <translation>keine Sitzungsdatei angegeben</translation>
    </message>
</context>
<context>
    <name>GitHistory</name>
    <message>
        <source>The session has not been saved to a file yet.</source>
        <translation>Die Sitzung wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>git is not installed (or cannot be started).</source>
        <translation>git ist nicht installiert (oder lässt sich nicht starten).</translation>
    </message>
    <message>
        <source>git did not answer.</source>
        <translation>git hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The session&apos;s folder is not in a git working tree.</source>
        <translation>Der Ordner der Sitzung liegt in keinem git-Arbeitsverzeichnis.</translation>
    </message>
</context>
<context>
    <name>Lens</name>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Geld</translation>
    </message>
    <message>
        <source>Money lens</source>
        <translation>Einfärbung nach Geld</translation>
    </message>
    <message>
        <source>no amounts yet: give revenue streams and costs an amount</source>
        <translation>noch keine Beträge: Geben Sie Einnahmequellen und Kosten einen Betrag</translation>
    </message>
    <message>
        <source>margin of each value proposition, %1</source>
        <translation>Marge jedes Wertangebots, %1</translation>
    </message>
    <message>
        <source>losing</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>earning</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>Votes lens</source>
        <translation>Einfärbung nach Punkten</translation>
    </message>
    <message>
        <source>dots on each note</source>
        <translation>Punkte auf jeder Notiz</translation>
    </message>
    <message>
        <source>no dots yet</source>
        <translation>noch keine Punkte</translation>
    </message>
    <message>
        <source>Open &amp;Findings</source>
        <translation>Offene &amp;Befunde</translation>
    </message>
    <message>
        <source>Open findings lens</source>
        <translation>Einfärbung nach offenen Befunden</translation>
    </message>
    <message>
        <source>the most serious finding on each note</source>
        <translation>der schwerste Befund auf jeder Notiz</translation>
    </message>
    <message>
        <source>Gap (%1)</source>
        <translation>Lücke (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Warnung (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Hinweis (%1)</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Kein Befund</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>delivers</source>
        <translation>liefert</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>beliefert</translation>
    </message>
</context>
<context>
    <name>LinkRules</name>
    <message>
        <source>Drop the link on another note.</source>
        <translation>Legen Sie die Verknüpfung auf einer anderen Notiz ab.</translation>
    </message>
    <message>
        <source>A note cannot be linked to itself.</source>
        <translation>Eine Notiz kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>These notes are already linked. Change the kind in the inspector.</source>
        <translation>Diese Notizen sind bereits verknüpft. Ändern Sie die Art im Inspektor.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n links</source>
        <translation>
            <numerusform>%n Verknüpfung entfernen</numerusform>
            <numerusform>%n Verknüpfungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>&quot;%1&quot; must be a list of text, but an item is %2</source>
        <translation>„%1“ muss eine Liste von Texten sein, aber ein Eintrag ist %2</translation>
    </message>
    <message>
        <source>malformed id %1 (an id is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit)</source>
        <translation>ungültige ID %1 (eine ID besteht aus 1 bis 64 Buchstaben, Ziffern, „_“, „.“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used on line %2)</source>
        <translation>doppelte ID %1 (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be [x, y] with two numbers</source>
        <translation>„at“ muss [x, y] mit zwei Zahlen sein</translation>
    </message>
    <message>
        <source>anchors or aliases are not allowed (the file expands to more values than it has characters)</source>
        <translation>Anker und Aliase sind nicht erlaubt (die Datei entfaltet sich zu mehr Werten, als sie Zeichen hat)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; a Tandem session needs far fewer</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; eine Tandem-Sitzung braucht weit weniger</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first on line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>a note must be a mapping with &quot;id&quot; and &quot;text&quot;, not %1</source>
        <translation>eine Notiz muss eine Zuordnung mit „id“ und „text“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;text&quot; is empty; write text: &quot;&quot; for a blank note</source>
        <translation>„text“ ist leer; schreiben Sie text: &quot;&quot; für eine leere Notiz</translation>
    </message>
    <message>
        <source>colour %1 is not a palette name (%2) or #rrggbb</source>
        <translation>die Farbe %1 ist weder ein Palettenname (%2) noch #rrggbb</translation>
    </message>
    <message>
        <source>note has no &quot;id&quot;</source>
        <translation>die Notiz hat keine „id“</translation>
    </message>
    <message>
        <source>note %1 has no &quot;text&quot;</source>
        <translation>die Notiz %1 hat keinen „text“</translation>
    </message>
    <message>
        <source>a value chain must be a mapping with &quot;id&quot;, &quot;name&quot; and &quot;stages&quot;, not %1</source>
        <translation>eine Wertschöpfungskette muss eine Zuordnung mit „id“, „name“ und „stages“ sein, nicht %1</translation>
    </message>
    <message>
        <source>value chain has no &quot;id&quot;</source>
        <translation>die Wertschöpfungskette hat keine „id“</translation>
    </message>
    <message>
        <source>value chain %1 has no &quot;name&quot;</source>
        <translation>die Wertschöpfungskette %1 hat keinen „name“</translation>
    </message>
    <message>
        <source>a link must be a mapping with &quot;from&quot; and &quot;to&quot;, not %1</source>
        <translation>eine Verknüpfung muss eine Zuordnung mit „from“ und „to“ sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown link kind %1 (expected delivers, supports, depends-on or supplies)</source>
        <translation>unbekannte Verknüpfungsart %1 (erwartet: delivers, supports, depends-on oder supplies)</translation>
    </message>
    <message>
        <source>link has no &quot;%1&quot;</source>
        <translation>die Verknüpfung hat kein „%1“</translation>
    </message>
    <message>
        <source>link %1 unknown id %2</source>
        <translation>Verknüpfung %1: unbekannte ID %2</translation>
    </message>
    <message>
        <source>link %1 value chain %2: links join notes and stages, not whole chains</source>
        <translation>Verknüpfung %1 Wertschöpfungskette %2: Verknüpfungen verbinden Notizen und Stufen, nicht ganze Ketten</translation>
    </message>
    <message>
        <source>link from %1 to itself</source>
        <translation>Verknüpfung von %1 mit sich selbst</translation>
    </message>
    <message>
        <source>duplicate link from %1 to %2 (%3), first on line %4</source>
        <translation>doppelte Verknüpfung von %1 zu %2 (%3), zuerst in Zeile %4</translation>
    </message>
    <message>
        <source>a snapshot must be a mapping with &quot;name&quot;, not %1</source>
        <translation>eine Momentaufnahme muss eine Zuordnung mit „name“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;taken&quot; must be an ISO 8601 date and time such as 2026-11-26T14:30:00Z, not %1</source>
        <translation>„taken“ muss ein Datum mit Uhrzeit nach ISO 8601 sein, etwa 2026-11-26T14:30:00Z, nicht %1</translation>
    </message>
    <message>
        <source>snapshot has no &quot;name&quot;</source>
        <translation>die Momentaufnahme hat keinen „name“</translation>
    </message>
    <message>
        <source>&quot;session&quot; is empty; it needs at least a title</source>
        <translation>„session“ ist leer; sie braucht mindestens einen Titel</translation>
    </message>
    <message>
        <source>&quot;date&quot; must be an ISO 8601 date such as 2026-11-26, not %1</source>
        <translation>„date“ muss ein Datum nach ISO 8601 sein, etwa 2026-11-26, nicht %1</translation>
    </message>
    <message>
        <source>session has no &quot;title&quot;</source>
        <translation>die Sitzung hat keinen „title“</translation>
    </message>
    <message>
        <source>not a Tandem session (no &quot;format: tandem/1&quot;)</source>
        <translation>keine Tandem-Sitzung (kein „format: tandem/1“)</translation>
    </message>
    <message>
        <source>made by a newer version of Tandem (format %1); this version reads tandem/1</source>
        <translation>mit einer neueren Tandem-Version erstellt (Format %1); diese Version liest tandem/1</translation>
    </message>
    <message>
        <source>not a Tandem session (format is %1, expected tandem/1)</source>
        <translation>keine Tandem-Sitzung (Format ist %1, erwartet: tandem/1)</translation>
    </message>
    <message>
        <source>empty file, not a Tandem session</source>
        <translation>leere Datei, keine Tandem-Sitzung</translation>
    </message>
    <message>
        <source>not a Tandem session (the file holds %1, not a mapping starting with &quot;format: tandem/1&quot;)</source>
        <translation>keine Tandem-Sitzung (die Datei enthält %1, keine Zuordnung, die mit „format: tandem/1“ beginnt)</translation>
    </message>
    <message>
        <source>missing &quot;session&quot; (it needs at least a title)</source>
        <translation>„session“ fehlt (sie braucht mindestens einen Titel)</translation>
    </message>
    <message>
        <source>duplicate snapshot name %1 (first used on line %2)</source>
        <translation>doppelter Name einer Momentaufnahme %1 (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>file is larger than 64 MiB, too large for a Tandem session</source>
        <translation>die Datei ist größer als 64 MiB, zu groß für eine Tandem-Sitzung</translation>
    </message>
    <message>
        <source>file is larger than 64 MiB (%1 MiB), too large for a Tandem session</source>
        <translation>die Datei ist größer als 64 MiB (%1 MiB), zu groß für eine Tandem-Sitzung</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid YAML: </source>
        <translation>kein gültiges YAML: </translation>
    </message>
    <message>
        <source>could not parse the file: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not read the session: %1</source>
        <translation>die Sitzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read: the device is not open</source>
        <translation>kann nicht lesen: das Gerät ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Speichern nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1 at offset %2)</source>
        <translation>kein UTF-8-Text (Byte 0x%1 an Position %2)</translation>
    </message>
    <message>
        <source>control character %1 is not allowed in YAML</source>
        <translation>das Steuerzeichen %1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>UTF-16 text, not UTF-8; save the file as UTF-8</source>
        <translation>UTF-16-Text statt UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>quoted text opened here is never closed</source>
        <translation>der hier begonnene Text in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>more than one YAML document in the file</source>
        <translation>mehr als ein YAML-Dokument in der Datei</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not allowed in a Tandem session</source>
        <translation>Anker (&amp;) sind in einer Tandem-Sitzung nicht erlaubt</translation>
    </message>
    <message>
        <source>aliases (*) are not allowed in a Tandem session</source>
        <translation>Aliase (*) sind in einer Tandem-Sitzung nicht erlaubt</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>an amount must be a finite number</source>
        <translation>ein Betrag muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>ein Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>an amount can be at most 1e15</source>
        <translation>ein Betrag darf höchstens 1e15 sein</translation>
    </message>
    <message>
        <source>a weight must be a number above 0</source>
        <translation>ein Gewicht muss eine Zahl über 0 sein</translation>
    </message>
    <message>
        <source>a weight can be at most 1e6</source>
        <translation>ein Gewicht darf höchstens 1e6 sein</translation>
    </message>
    <message>
        <source>a currency is an ISO 4217 code of three capital letters, such as EUR</source>
        <translation>eine Währung ist ein ISO-4217-Code aus drei Großbuchstaben, etwa EUR</translation>
    </message>
    <message>
        <source>a period is month, quarter or year</source>
        <translation>ein Zeitraum ist month, quarter oder year</translation>
    </message>
    <message>
        <source>&quot;amount&quot; belongs on notes of revenue_streams and cost_structure only</source>
        <translation>&quot;amount&quot; gehört nur an Notizen von revenue_streams und cost_structure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2</source>
        <translation>&quot;%1&quot; muss eine Zahl sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>MarkdownFormat</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No findings: every promise has work behind it.</source>
        <translation>Keine Befunde: Hinter jedem Versprechen steht Arbeit.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>usage: tandem merge [--output FILE] BASE OURS THEIRS</source>
        <translation>Aufruf: tandem merge [--output DATEI] BASIS UNSERE IHRE</translation>
    </message>
    <message>
        <source>Merges two sessions that started from BASE, element by element, and writes the result over OURS (as a git merge driver: tandem merge %O %A %B).
Exit status: 0 merged cleanly, 1 conflicts remain (recorded in the file; see tandem check), 2 a file cannot be loaded or the command line is wrong (nothing is written).</source>
        <translation>Führt zwei Sitzungen, die von BASIS ausgingen, Element für Element zusammen und schreibt das Ergebnis über UNSERE (als git-Merge-Treiber: tandem merge %O %A %B).
Rückgabewert: 0 sauber zusammengeführt, 1 Konflikte bleiben (in der Datei vermerkt; siehe tandem check), 2 eine Datei kann nicht geladen werden oder die Befehlszeile ist falsch (nichts wird geschrieben).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Write the merged session here instead of OURS.</source>
        <translation>Die zusammengeführte Sitzung hierhin statt nach UNSERE schreiben.</translation>
    </message>
    <message>
        <source>The common ancestor.</source>
        <translation>Der gemeinsame Vorfahr.</translation>
    </message>
    <message>
        <source>Our version (overwritten).</source>
        <translation>Unsere Fassung (wird überschrieben).</translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation>Ihre Fassung.</translation>
    </message>
    <message>
        <source>tandem merge: nothing written; %1 is unchanged.</source>
        <translation>tandem merge: nichts geschrieben; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>tandem merge: cannot write %1: %2</source>
        <translation>tandem merge: kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>tandem merge: conflicts remain in %1 (%2); resolve them in Tandem&apos;s conflicts panel or edit merge_conflicts, then run tandem check:</source>
        <translation>tandem merge: in %1 bleiben Konflikte (%2); lösen Sie sie in Tandems Konfliktbereich oder bearbeiten Sie merge_conflicts, dann tandem check ausführen:</translation>
    </message>
    <message>
        <source>expected three files (BASE OURS THEIRS), got %1</source>
        <translation>drei Dateien erwartet (BASIS UNSERE IHRE), erhalten: %1</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Unresolved merge conflicts: %1 (resolve them in Tandem&apos;s conflicts panel)</source>
        <translation>Ungelöste Merge-Konflikte: %1 (lösen Sie sie in Tandems Konfliktbereich)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Money (per %1)</source>
        <translation>Geld (pro %1)</translation>
    </message>
    <message>
        <source>Money (%1 per %2)</source>
        <translation>Geld (%1 pro %2)</translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3, profit %4
</source>
        <translation>%1: Einnahmen %2, Kosten %3, Gewinn %4
</translation>
    </message>
    <message>
        <source>  %1: revenue %2, cost to serve %3, margin %4 [%5]
</source>
        <translation>  %1: Einnahmen %2, Kosten %3, Marge %4 [%5]
</translation>
    </message>
    <message>
        <source>  Unallocated: revenue %1, cost %2 (stopped at %3)
</source>
        <translation>  Nicht zugeordnet: Einnahmen %1, Kosten %2 (endet bei %3)
</translation>
    </message>
    <message>
        <source>Revenue %1, cost %2, profit %3.

</source>
        <translation>Einnahmen %1, Kosten %2, Gewinn %3.

</translation>
    </message>
    <message>
        <source>| Value proposition | Revenue | Cost to serve | Margin |
</source>
        <translation>| Wertangebot | Einnahmen | Kosten | Marge |
</translation>
    </message>
    <message>
        <source>
Unallocated: revenue %1, cost %2.

</source>
        <translation>
Nicht zugeordnet: Einnahmen %1, Kosten %2.

</translation>
    </message>
    <message>
        <source>- %1: revenue %2, cost %3
</source>
        <translation>- %1: Einnahmen %2, Kosten %3
</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>MoneyDiff</name>
    <message>
        <source>per %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Money (%1):</source>
        <translation>Geld (%1):</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Einnahmen %1</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>Profit %1</source>
        <translation>Gewinn %1</translation>
    </message>
    <message>
        <source>Unallocated revenue %1</source>
        <translation>Nicht zugeordnete Einnahmen %1</translation>
    </message>
    <message>
        <source>Unallocated cost %1</source>
        <translation>Nicht zugeordnete Kosten %1</translation>
    </message>
    <message>
        <source>Margin per value proposition:</source>
        <translation>Marge je Wertangebot:</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>“%1” is not an amount: type a number such as %2</source>
        <translation>„%1“ ist kein Betrag: Geben Sie eine Zahl wie %2 ein</translation>
    </message>
    <message>
        <source>“%1” is not a weight: type a number such as %2</source>
        <translation>„%1“ ist kein Gewicht: Geben Sie eine Zahl wie %2 ein</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>%1 / quarter</source>
        <translation>%1 / Quartal</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / Jahr</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Restored from the automatic save of %1. Save to keep it.</source>
        <translation>Aus der automatischen Sicherung vom %1 wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>A copy of an automatic save, to look at. Restore it from the recovery dialog to carry on with it.</source>
        <translation>Eine Kopie einer automatischen Sicherung, zum Ansehen. Stellen Sie sie im Wiederherstellungsdialog wieder her, um damit weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>%1: damaged recovery record, moved aside</source>
        <translation>%1: beschädigter Wiederherstellungseintrag, beiseitegelegt</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>the recovery copy is incomplete or damaged (it does not match its record)</source>
        <translation>die Wiederherstellungskopie ist unvollständig oder beschädigt (sie passt nicht zu ihrem Eintrag)</translation>
    </message>
</context>
<context>
    <name>ReportTitlePage</name>
    <message>
        <source>1 value chain</source>
        <translation>1 Wertschöpfungskette</translation>
    </message>
    <message>
        <source>%1 value chains</source>
        <translation>%1 Wertschöpfungsketten</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Stufen</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Tandem sessions (*.tandem.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Tandem-Sitzungen (*.tandem.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote that is never closed</source>
        <translation>ein Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>no header row: the file is empty</source>
        <translation>keine Kopfzeile: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 cells where the header names %2</source>
        <translation>%1 Zellen, wo die Kopfzeile %2 nennt</translation>
    </message>
    <message>
        <source>the id “%1” is used twice (first on line %2)</source>
        <translation>die ID „%1“ kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>votes are left out: dots are cast in the workshop</source>
        <translation>Stimmen werden weggelassen: Punkte werden im Workshop vergeben</translation>
    </message>
    <message>
        <source>plain text goes into a block; stages need a chain (use Markdown)</source>
        <translation>reiner Text kommt in einen Block; Stufen brauchen eine Kette (verwenden Sie Markdown)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 64 MiB</source>
        <translation>die Datei ist größer als 64 MiB</translation>
    </message>
    <message>
        <source>the id “%1” is already in the session</source>
        <translation>die ID „%1“ gibt es in der Sitzung schon</translation>
    </message>
    <message>
        <source>the id “%1” is already a chain called “%2”</source>
        <translation>die ID „%1“ ist schon eine Kette namens „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>%n Notiz importieren</numerusform>
            <numerusform>%n Notizen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>the column “%1” is not known and is left out</source>
        <translation>die Spalte „%1“ ist unbekannt und wird weggelassen</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header has no “block” column</source>
        <translation>die Kopfzeile hat keine Spalte „block“</translation>
    </message>
    <message>
        <source>the header has no “text” column</source>
        <translation>die Kopfzeile hat keine Spalte „text“</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>kein Block</translation>
    </message>
    <message>
        <source>unknown block “%1”</source>
        <translation>unbekannter Block „%1“</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <source>bad id “%1” (letters, digits, “_”, “.” and “-”, starting with a letter or digit, at most 64)</source>
        <translation>ungültige ID „%1“ (Buchstaben, Ziffern, „_“, „.“ und „-“, beginnend mit Buchstabe oder Ziffer, höchstens 64)</translation>
    </message>
    <message>
        <source>bad colour “%1” (a palette name or #rrggbb)</source>
        <translation>ungültige Farbe „%1“ (ein Palettenname oder #rrggbb)</translation>
    </message>
    <message>
        <source>a stage needs the name of its chain in a “chain” column</source>
        <translation>eine Stufe braucht den Namen ihrer Kette in einer Spalte „chain“</translation>
    </message>
    <message>
        <source>the hidden fields after the note cannot be read: %1</source>
        <translation>die verborgenen Felder nach der Notiz können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bad id “%1”</source>
        <translation>ungültige ID „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a block: its notes have nowhere to go</source>
        <translation>„%1“ ist kein Block: Seine Notizen haben keinen Platz</translation>
    </message>
    <message>
        <source>a stage needs a chain: put a “### Chain name” heading above it</source>
        <translation>eine Stufe braucht eine Kette: Setzen Sie eine Überschrift „### Kettenname“ darüber</translation>
    </message>
    <message>
        <source>not a note: start a note with “- ”</source>
        <translation>keine Notiz: Beginnen Sie eine Notiz mit „- “</translation>
    </message>
    <message>
        <source>an amount belongs on notes of Revenue Streams or Cost Structure</source>
        <translation>ein Betrag gehört nur an Notizen der Einnahmequellen oder der Kostenstruktur</translation>
    </message>
    <message>
        <source>the amount “%1” is not a number</source>
        <translation>der Betrag „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>not UTF-8 text (save it as UTF-8)</source>
        <translation>kein UTF-8-Text (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the date “%1” is not of the form 2026-11-26: it is kept in the notes</source>
        <translation>das Datum „%1“ hat nicht die Form 2026-11-26: Es bleibt in den Notizen</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>der Betrag ist keine Zahl</translation>
    </message>
    <message>
        <source>the currency “%1” is not a code such as EUR: it is kept in the notes</source>
        <translation>die Währung „%1“ ist kein Code wie EUR: Sie bleibt in den Notizen</translation>
    </message>
    <message>
        <source>the period “%1” is not month, quarter or year: it is kept in the notes</source>
        <translation>der Zeitraum „%1“ ist weder Monat noch Quartal noch Jahr: Er bleibt in den Notizen</translation>
    </message>
</context>
<context>
    <name>SessionOutline</name>
    <message>
        <source>colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>votes: %1 (%2)</source>
        <translation>Punkte: %1 (%2)</translation>
    </message>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>Value chain: %1</source>
        <translation>Wertschöpfungskette: %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Snapshot “%1” (%2)</source>
        <translation>Momentaufnahme „%1“ (%2)</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>SessionTemplate</name>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>snapshot %1</source>
        <translation>Momentaufnahme %1</translation>
    </message>
    <message>
        <source>Retake snapshot “%1”</source>
        <translation>Momentaufnahme „%1“ neu aufnehmen</translation>
    </message>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>Momentaufnahme „%1“ aufnehmen</translation>
    </message>
    <message>
        <source>Rename snapshot “%1” to “%2”</source>
        <translation>Momentaufnahme „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Delete snapshot “%1”</source>
        <translation>Momentaufnahme „%1“ löschen</translation>
    </message>
    <message>
        <source>Restore snapshot “%1”</source>
        <translation>Momentaufnahme „%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Türkis</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
</context>
<context>
    <name>ToolBar</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Übereinander</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Moderieren</translation>
    </message>
</context>
<context>
    <name>tandem</name>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>none to count</source>
        <translation>nichts zu zählen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1: no snapshot named “%2”</source>
        <translation>%1: keine Momentaufnahme namens „%2“</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Which canvas: business, operating or both (default, side by side with their links).</source>
        <translation>Welches Canvas: business, operating oder both (Standard, nebeneinander mit ihren Verknüpfungen).</translation>
    </message>
    <message>
        <source>Landscape pages (default).</source>
        <translation>Seiten im Querformat (Standard).</translation>
    </message>
    <message>
        <source>Portrait pages.</source>
        <translation>Seiten im Hochformat.</translation>
    </message>
    <message>
        <source>Margin around the content in millimetres (default %1).</source>
        <translation>Rand um den Inhalt in Millimetern (Standard %1).</translation>
    </message>
    <message>
        <source>Resolution of a PNG in dots per inch (default %1).</source>
        <translation>Auflösung eines PNG in Punkten pro Zoll (Standard %1).</translation>
    </message>
    <message>
        <source>A multi-page PDF report: title page, each canvas, both with their links, the alignment findings and the traceability matrix.</source>
        <translation>Ein mehrseitiger PDF-Bericht: Titelseite, jedes Canvas, beide mit ihren Verknüpfungen, die Befunde der Ausrichtungsprüfung und die Rückverfolgbarkeitsmatrix.</translation>
    </message>
    <message>
        <source>Export the named snapshot instead of the current canvases.</source>
        <translation>Die genannte Momentaufnahme statt der aktuellen Canvases exportieren.</translation>
    </message>
    <message>
        <source>The session file (.tandem.yaml).</source>
        <translation>Die Sitzungsdatei (.tandem.yaml).</translation>
    </message>
    <message>
        <source>no session file given</source>
        <translation>keine Sitzungsdatei angegeben</translation>
    </message>
    <message>
        <source>one session file at a time, got %1</source>
        <translation>nur eine Sitzungsdatei auf einmal, erhalten: %1</translation>
    </message>
    <message>
        <source>no output file given (-o OUT.svg, OUT.pdf or OUT.png)</source>
        <translation>keine Ausgabedatei angegeben (-o AUS.svg, AUS.pdf oder AUS.png)</translation>
    </message>
    <message>
        <source>unknown canvas “%1” (expected business, operating or both)</source>
        <translation>unbekanntes Canvas „%1“ (erwartet: business, operating oder both)</translation>
    </message>
    <message>
        <source>unknown page size “%1” (expected %2)</source>
        <translation>unbekanntes Seitenformat „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>--landscape or --portrait, not both</source>
        <translation>--landscape oder --portrait, nicht beides</translation>
    </message>
    <message>
        <source>the margin “%1” is not a number of millimetres</source>
        <translation>der Rand „%1“ ist keine Zahl in Millimetern</translation>
    </message>
    <message>
        <source>the resolution “%1” is not a whole number of dots per inch</source>
        <translation>die Auflösung „%1“ ist keine ganze Zahl an Punkten pro Zoll</translation>
    </message>
    <message>
        <source>--dpi only changes PNG images; SVG and PDF are vector graphics at any size</source>
        <translation>--dpi wirkt nur auf PNG-Bilder; SVG und PDF sind Vektorgrafiken in jeder Größe</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Page size: A4, A3 (default), A2, A1, A0, Letter, Legal, Tabloid, or fit: a page the size of the content as the editor shows it at full size, plus the margins.</source>
        <translation>Seitenformat: A4, A3 (Standard), A2, A1, A0, Letter, Legal, Tabloid oder fit: eine Seite so groß wie der Inhalt, wie ihn der Editor in voller Größe zeigt, plus Ränder.</translation>
    </message>
    <message>
        <source>tandem export: warning: note text at %1 % of its normal size, under the legible %2 %; use %3--page fit</source>
        <translation>tandem export: Warnung: Notiztext bei %1 % seiner normalen Größe, unter den lesbaren %2 %; nimm %3--page fit</translation>
    </message>
    <message>
        <source>Exports a session&apos;s canvases as a poster (SVG, PDF or PNG) or as a PDF report, exactly as the editor draws them; or its notes as CSV for a spreadsheet, as Markdown, or as an ArchiMate 3.1 exchange file (XML) for modelling tools.
Exit status: 0 written, 1 the output could not be written, 2 the file cannot be loaded or the command line is wrong.</source>
        <translation>Exportiert die Canvases einer Sitzung als Poster (SVG, PDF oder PNG) oder als PDF-Bericht, genau wie der Editor sie zeichnet; oder ihre Notizen als CSV für eine Tabellenkalkulation, als Markdown oder als ArchiMate-3.1-Austauschdatei (XML) für Modellierungswerkzeuge.
Rückgabewert: 0 geschrieben, 1 die Ausgabe konnte nicht geschrieben werden, 2 die Datei kann nicht geladen werden oder die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <source>The file to write; its suffix (.svg, .pdf, .png, .csv, .md or .xml) chooses the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung (.svg, .pdf, .png, .csv, .md oder .xml) wählt das Format.</translation>
    </message>
    <message>
        <source>With a .csv output: one row per link (from, to, kind, note, weight) instead of one per element.</source>
        <translation>Bei einer .csv-Ausgabe: eine Zeile je Verknüpfung (from, to, kind, note, weight) statt je Element.</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: name it .svg, .pdf, .png, .csv, .md or .xml</source>
        <translation>das Format von „%1“ ist nicht zu erkennen: Benennen Sie die Datei .svg, .pdf, .png, .csv, .md oder .xml</translation>
    </message>
    <message>
        <source>--links only changes a .csv export</source>
        <translation>--links wirkt nur bei einem .csv-Export</translation>
    </message>
    <message>
        <source>usage: tandem import IN.csv|.md|.txt... (-o OUT.tandem.yaml | --into SESSION [-o OUT]) [--block KEY] [--title TITLE]</source>
        <translation>Aufruf: tandem import EIN.csv|.md|.txt... (-o AUS.tandem.yaml | --into SITZUNG [-o AUS]) [--block SCHLÜSSEL] [--title TITEL]</translation>
    </message>
    <message>
        <source>Makes a session from notes in CSV (a header with block and text), Markdown (## block headings, a bullet per note) or plain text (a note per line), or adds them to a session.
Exit status: 0 written, 1 the output could not be written, 2 a row cannot be used (each is named as FILE:LINE: problem and nothing is written) or the command line is wrong.</source>
        <translation>Macht eine Sitzung aus Notizen in CSV (eine Kopfzeile mit block und text), Markdown (##-Überschriften je Block, ein Aufzählungspunkt je Notiz) oder reinem Text (eine Notiz je Zeile), oder fügt sie einer Sitzung hinzu.
Rückgabewert: 0 geschrieben, 1 die Ausgabe konnte nicht geschrieben werden, 2 eine Zeile ist unbrauchbar (jede wird als DATEI:ZEILE: Problem genannt und nichts wird geschrieben) oder die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Die zu schreibende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Add the notes to this session (written back to it unless -o names another file).</source>
        <translation>Die Notizen dieser Sitzung hinzufügen (in sie zurückgeschrieben, außer -o nennt eine andere Datei).</translation>
    </message>
    <message>
        <source>The block plain text goes into, by key or title (for example value_propositions).</source>
        <translation>Der Block für reinen Text, nach Schlüssel oder Titel (zum Beispiel value_propositions).</translation>
    </message>
    <message>
        <source>The title of a new session (default: a Markdown file&apos;s # heading, else the first input&apos;s name).</source>
        <translation>Der Titel einer neuen Sitzung (Standard: die #-Überschrift einer Markdown-Datei, sonst der Name der ersten Eingabe).</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Die zu importierenden Dateien.</translation>
    </message>
    <message>
        <source>unknown block “%1”</source>
        <translation>unbekannter Block „%1“</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: name it .csv, .md or .txt</source>
        <translation>das Format von „%1“ ist nicht zu erkennen: Benennen Sie die Datei .csv, .md oder .txt</translation>
    </message>
    <message>
        <source>%1 is plain text: say which block its notes go into with --block</source>
        <translation>%1 ist reiner Text: Sagen Sie mit --block, in welchen Block seine Notizen kommen</translation>
    </message>
    <message>
        <source>no file to import given</source>
        <translation>keine zu importierende Datei angegeben</translation>
    </message>
    <message>
        <source>no output given (-o OUT.tandem.yaml or --into SESSION)</source>
        <translation>keine Ausgabe angegeben (-o AUS.tandem.yaml oder --into SITZUNG)</translation>
    </message>
    <message>
        <source>Imported %1 notes into %2</source>
        <translation>%1 Notizen in %2 importiert</translation>
    </message>
    <message>
        <source>usage: tandem export FILE -o OUT.svg|.pdf|.png|.csv|.md|.xml [--canvas business|operating|both] [--page A4|A3|A2|A1|A0|Letter|Legal|Tabloid|fit] [--landscape|--portrait] [--margin MM] [--dpi N] [--report] [--links] [--lens money|votes|findings] [--snapshot NAME]</source>
        <translation>Aufruf: tandem export DATEI -o AUS.svg|.pdf|.png|.csv|.md|.xml [--canvas business|operating|both] [--page A4|A3|A2|A1|A0|Letter|Legal|Tabloid|fit] [--landscape|--portrait] [--margin MM] [--dpi N] [--report] [--links] [--lens money|votes|findings] [--snapshot NAME]</translation>
    </message>
    <message>
        <source>Colour the notes by one measure, with its legend in the canvas header: money (each value proposition from losing to earning), votes or findings.</source>
        <translation>Färbt die Notizen nach einem Maß ein, mit Legende im Kopf des Canvas: money (jedes Wertangebot von Verlust bis Gewinn), votes (Punkte) oder findings (Befunde).</translation>
    </message>
    <message>
        <source>unknown lens “%1” (expected %2)</source>
        <translation>unbekannte Einfärbung „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>--lens only changes a drawing (.svg, .pdf or .png)</source>
        <translation>--lens ändert nur eine Zeichnung (.svg, .pdf oder .png)</translation>
    </message>
</context>
<context>
    <name>tandem::AccessibilityFeature</name>
    <message>
        <source>Canvases</source>
        <translation>Canvases</translation>
    </message>
    <message>
        <source>Canvas toolbar</source>
        <translation>Canvas-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Add notes, stages and chains, undo, zoom and arrange</source>
        <translation>Notizen, Stufen und Ketten hinzufügen, rückgängig machen, zoomen und anordnen</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Value chain: %1</source>
        <translation>Wertschöpfungskette: %1</translation>
    </message>
    <message>
        <source>No note selected. Tab moves to the first note; N adds one.</source>
        <translation>Keine Notiz ausgewählt. Tab springt zur ersten Notiz, N fügt eine hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes selected</source>
        <translation>
            <numerusform>%n Notiz ausgewählt</numerusform>
            <numerusform>%n Notizen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stage %2 of %3: %4</source>
        <translation>%1, Stufe %2 von %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::AlignmentDock</name>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Übersicht der Befunde</translation>
    </message>
    <message>
        <source>Value propositions delivered</source>
        <translation>Erbrachte Wertangebote</translation>
    </message>
    <message>
        <source>Stages serving something</source>
        <translation>Stufen, die etwas dienen</translation>
    </message>
    <message>
        <source>Alignment findings</source>
        <translation>Befunde der Ausrichtungsprüfung</translation>
    </message>
    <message>
        <source>Click a finding to select its notes on the canvas.</source>
        <translation>Klicken Sie auf einen Befund, um seine Notizen auf dem Canvas auszuwählen.</translation>
    </message>
    <message>
        <source>Copy &amp;Report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the findings as Markdown, for minutes or a ticket</source>
        <translation>Die Befunde als Markdown kopieren, für ein Protokoll oder ein Ticket</translation>
    </message>
    <message>
        <source>Copy alignment report</source>
        <translation>Bericht der Ausrichtungsprüfung kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value propositions delivered (%2)</source>
        <translation>
            <numerusform>%1 von %n Wertangebot erbracht (%2)</numerusform>
            <numerusform>%1 von %n Wertangeboten erbracht (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value-chain stages serve something (%2)</source>
        <translation>
            <numerusform>%1 von %n Stufe der Wertschöpfungsketten dient etwas (%2)</numerusform>
            <numerusform>%1 von %n Stufen der Wertschöpfungsketten dienen etwas (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: every promise has work behind it, and all work serves one.</source>
        <translation>Keine Befunde: Hinter jedem Versprechen steht Arbeit, und alle Arbeit dient einem.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Profit %1 per %2: revenue %3, cost %4.</source>
        <translation>Gewinn %1 pro %2: Einnahmen %3, Kosten %4.</translation>
    </message>
    <message>
        <source>Not reaching any value proposition: revenue %1, cost %2.</source>
        <translation>Erreicht kein Wertangebot: Einnahmen %1, Kosten %2.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>tandem::AmountField</name>
    <message>
        <source>per period, e.g. 12k</source>
        <translation>pro Zeitraum, z. B. 12k</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Revenue or cost per period, in the session&apos;s currency; empty for none</source>
        <translation>Einnahmen oder Kosten pro Zeitraum, in der Währung der Sitzung; leer für keinen</translation>
    </message>
</context>
<context>
    <name>tandem::CanvasScene</name>
    <message>
        <source>New value chain</source>
        <translation>Neue Wertschöpfungskette</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictsDock</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <source>Take &amp;ours</source>
        <translation>&amp;Unsere übernehmen</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ihre übernehmen</translation>
    </message>
    <message>
        <source>Take &amp;base</source>
        <translation>&amp;Basis übernehmen</translation>
    </message>
    <message>
        <source>Use &amp;edited</source>
        <translation>Bearbeitete &amp;verwenden</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation>Unsere:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Ihre:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Bearbeiten:</translation>
    </message>
    <message>
        <source>Merge &amp;conflicts</source>
        <translation>Merge-&amp;Konflikte</translation>
    </message>
</context>
<context>
    <name>tandem::Document</name>
    <message>
        <source>Add value chain</source>
        <translation>Wertschöpfungskette hinzufügen</translation>
    </message>
    <message>
        <source>Delete value chain</source>
        <translation>Wertschöpfungskette löschen</translation>
    </message>
    <message>
        <source>Rename value chain</source>
        <translation>Wertschöpfungskette umbenennen</translation>
    </message>
    <message>
        <source>Reorder value chains</source>
        <translation>Wertschöpfungsketten umordnen</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>A link needs a note at each end.</source>
        <translation>Eine Verknüpfung braucht an jedem Ende eine Notiz.</translation>
    </message>
    <message>
        <source>A note cannot be linked to itself.</source>
        <translation>Eine Notiz kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>These notes are already linked that way.</source>
        <translation>Diese Notizen sind bereits auf diese Weise verknüpft.</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n notes</source>
        <translation>
            <numerusform>Farbe von %n Notiz ändern</numerusform>
            <numerusform>Farbe von %n Notizen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n notes</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>New value chain</source>
        <translation>Neue Wertschöpfungskette</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Sitzungsdetails bearbeiten</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>Betrag setzen</translation>
    </message>
    <message>
        <source>Remove amount</source>
        <translation>Betrag entfernen</translation>
    </message>
    <message>
        <source>Add note from %1</source>
        <translation>Notiz von %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>tandem::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>PDF document (vector, text as text)</source>
        <translation>PDF-Dokument (Vektor, Text bleibt Text)</translation>
    </message>
    <message>
        <source>SVG drawing (vector, for editing and the web)</source>
        <translation>SVG-Zeichnung (Vektor, zum Bearbeiten und für das Web)</translation>
    </message>
    <message>
        <source>PNG image (pixels, for slides and chat)</source>
        <translation>PNG-Bild (Pixel, für Folien und Chats)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>&amp;Canvas:</source>
        <translation>&amp;Canvas:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>Po&amp;rtrait</source>
        <translation>&amp;Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margins in millimetres</source>
        <translation>Ränder in Millimetern</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>A&amp;uflösung:</translation>
    </message>
    <message>
        <source>Multi-page report</source>
        <translation>Mehrseitiger Bericht</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Multi-page &amp;report</source>
        <translation>Mehrseitiger &amp;Bericht</translation>
    </message>
    <message>
        <source>A title page, each canvas, both with their links, the alignment findings and the traceability matrix.</source>
        <translation>Eine Titelseite, jedes Canvas, beide mit ihren Verknüpfungen, die Befunde der Ausrichtungsprüfung und die Rückverfolgbarkeitsmatrix.</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>CSV table of the notes (for spreadsheets)</source>
        <translation>CSV-Tabelle der Notizen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>CSV table of the links</source>
        <translation>CSV-Tabelle der Verknüpfungen</translation>
    </message>
    <message>
        <source>Markdown document (for wikis)</source>
        <translation>Markdown-Dokument (für Wikis)</translation>
    </message>
    <message>
        <source>ArchiMate exchange file (for modelling tools)</source>
        <translation>ArchiMate-Austauschdatei (für Modellierungswerkzeuge)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>tandem::ExportFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the canvases as an SVG, PDF or PNG poster, or a PDF report</source>
        <translation>Die Canvases als SVG-, PDF- oder PNG-Poster oder als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the canvases or the report, with a preview</source>
        <translation>Die Canvases oder den Bericht drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The canvases could not be exported.

%1</source>
        <translation>Die Canvases konnten nicht exportiert werden.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing failed.

%1</source>
        <translation>Das Drucken ist fehlgeschlagen.

%1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>tandem::Exporter</name>
    <message>
        <source>cannot start painting on the page</source>
        <translation>das Zeichnen auf der Seite kann nicht beginnen</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>es kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>the page size is not possible in a PDF</source>
        <translation>dieses Seitenformat ist in einem PDF nicht möglich</translation>
    </message>
    <message>
        <source>a %1 × %2 pixel image is too large; choose a lower resolution</source>
        <translation>ein Bild mit %1 × %2 Pixeln ist zu groß; wählen Sie eine geringere Auflösung</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 pixel image</source>
        <translation>nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>On this page the smallest note text is %1 % of its normal size, under the %2 % that stays legible: choose %3 or “fit to content”.</source>
        <translation>Auf dieser Seite ist der kleinste Notiztext %1 % seiner normalen Größe, unter den %2 %, die lesbar bleiben: wähle %3 oder „An Inhalt anpassen“.</translation>
    </message>
    <message>
        <source>On this page the smallest note text is %1 % of its normal size, under the %2 % that stays legible: choose “fit to content”.</source>
        <translation>Auf dieser Seite ist der kleinste Notiztext %1 % seiner normalen Größe, unter den %2 %, die lesbar bleiben: wähle „An Inhalt anpassen“.</translation>
    </message>
</context>
<context>
    <name>tandem::FileLock</name>
    <message>
        <source>another Tandem</source>
        <translation>einem anderen Tandem</translation>
    </message>
    <message>
        <source>another Tandem (process %1)</source>
        <translation>einem anderen Tandem (Prozess %1)</translation>
    </message>
    <message>
        <source>another Tandem (process %1 on %2)</source>
        <translation>einem anderen Tandem (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>File Already Open</source>
        <translation>Datei bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in %2.</source>
        <translation>%1 ist in %2 geöffnet.</translation>
    </message>
    <message>
        <source>Two editors on one file would overwrite each other&apos;s work. You can open it read-only: you may still change it here, and save it under another name.</source>
        <translation>Zwei Editoren an einer Datei würden gegenseitig ihre Arbeit überschreiben. Sie können die Datei schreibgeschützt öffnen: Sie dürfen sie hier trotzdem ändern und unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>%1 is already open in another window: this one is read-only.</source>
        <translation>%1 ist bereits in einem anderen Fenster geöffnet: Dieses hier ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is open in another window. Close it there first, or save under another name.</source>
        <translation>%1 ist in einem anderen Fenster geöffnet. Schließen Sie die Datei dort zuerst oder speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is open in %2. Saving here would overwrite the work done there; save under another name.</source>
        <translation>%1 ist in %2 geöffnet. Speichern hier würde die dort geleistete Arbeit überschreiben; speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is open in %2: this window is read-only.</source>
        <translation>%1 ist in %2 geöffnet: Dieses Fenster ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>tandem::FileWatch</name>
    <message>
        <source>&lt;b&gt;%1 was moved or deleted&lt;/b&gt; by another program. The session is still here; Save writes it back.</source>
        <translation>&lt;b&gt;%1 wurde von einem anderen Programm verschoben oder gelöscht.&lt;/b&gt; Die Sitzung ist noch hier; Speichern schreibt sie zurück.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by another program.&lt;/b&gt; Reload it and lose the changes made here, or keep this version and overwrite it at the next save?</source>
        <translation>&lt;b&gt;%1 wurde von einem anderen Programm geändert.&lt;/b&gt; Neu laden und die hier gemachten Änderungen verwerfen, oder diese Fassung behalten und die Datei beim nächsten Speichern überschreiben?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by another program.&lt;/b&gt; Reload it, or keep this version and overwrite it at the next save?</source>
        <translation>&lt;b&gt;%1 wurde von einem anderen Programm geändert.&lt;/b&gt; Neu laden, oder diese Fassung behalten und die Datei beim nächsten Speichern überschreiben?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
</context>
<context>
    <name>tandem::FileWatchBar</name>
    <message>
        <source>File message</source>
        <translation>Dateihinweis</translation>
    </message>
</context>
<context>
    <name>tandem::HistoryFeature</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>History (unavailable: %1)</source>
        <translation>Verlauf (nicht verfügbar: %1)</translation>
    </message>
    <message>
        <source>Commits that changed this session&apos;s file</source>
        <translation>Commits, die die Datei dieser Sitzung geändert haben</translation>
    </message>
    <message>
        <source>Take %1 as a snapshot</source>
        <translation>%1 als Momentaufnahme übernehmen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Compare with current</source>
        <translation>Mit aktuellem &amp;vergleichen</translation>
    </message>
    <message>
        <source>Take as &amp;snapshot</source>
        <translation>Als &amp;Momentaufnahme übernehmen</translation>
    </message>
    <message>
        <source>&amp;Open in window</source>
        <translation>In Fenster ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Plain text goes into:</source>
        <translation>Reiner Text kommt in:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Rows that cannot be used:</source>
        <translation>Unbrauchbare Zeilen:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>cannot tell the format: name it .csv, .md or .txt</source>
        <translation>das Format ist nicht zu erkennen: Benennen Sie die Datei .csv, .md oder .txt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be added.</source>
        <translation>
            <numerusform>%n Notiz wird hinzugefügt.</numerusform>
            <numerusform>%n Notizen werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is imported until every row below is fixed.</source>
        <translation>Nichts wird importiert, bis jede Zeile unten behoben ist.</translation>
    </message>
</context>
<context>
    <name>tandem::ImportFeature</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add notes from a spreadsheet (CSV), a Markdown list or plain text</source>
        <translation>Notizen aus einer Tabelle (CSV), einer Markdown-Liste oder reinem Text hinzufügen</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Notes (*.csv *.md *.markdown *.txt);;CSV (*.csv);;Markdown (*.md *.markdown);;Plain text (*.txt)</source>
        <translation>Notizen (*.csv *.md *.markdown *.txt);;CSV (*.csv);;Markdown (*.md *.markdown);;Reiner Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>tandem::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Text, description, colour, tags and links of the selected note</source>
        <translation>Text, Beschreibung, Farbe, Schlagwörter und Verknüpfungen der ausgewählten Notiz</translation>
    </message>
    <message>
        <source>Select a note to see and edit its details.</source>
        <translation>Wählen Sie eine Notiz aus, um ihre Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Why it matters, evidence, owner…</source>
        <translation>Warum es wichtig ist, Belege, Verantwortliche …</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Note description</source>
        <translation>Notizbeschreibung</translation>
    </message>
    <message>
        <source>Block default</source>
        <translation>Standard des Blocks</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Notizfarbe</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>Schlagwörter, durch, Kommas, getrennt</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags of the note, separated by commas</source>
        <translation>Schlagwörter der Notiz, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Notes this note is linked to; Enter selects one</source>
        <translation>Notizen, mit denen diese Notiz verknüpft ist; die Eingabetaste wählt eine aus</translation>
    </message>
    <message>
        <source>Value chain &amp;name</source>
        <translation>&amp;Name der Wertschöpfungskette</translation>
    </message>
    <message>
        <source>Value chain name</source>
        <translation>Name der Wertschöpfungskette</translation>
    </message>
    <message numerus="yes">
        <source>%n stages, left to right.</source>
        <translation>
            <numerusform>%n Stufe, von links nach rechts.</numerusform>
            <numerusform>%n Stufen, von links nach rechts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Verknüpfungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n notes selected</source>
        <translation>
            <numerusform>%n Notiz ausgewählt</numerusform>
            <numerusform>%n Notizen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>Be&amp;trag</translation>
    </message>
</context>
<context>
    <name>tandem::LensFeature</name>
    <message>
        <source>L&amp;ens</source>
        <translation>Ein&amp;färbung</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Colour the notes by one measure, with a legend on the canvas and in exports</source>
        <translation>Färbt die Notizen nach einem Maß ein, mit einer Legende auf dem Canvas und in Exporten</translation>
    </message>
    <message>
        <source>No lens: the notes in their own colours.</source>
        <translation>Keine Einfärbung: Die Notizen zeigen ihre eigenen Farben.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::LinkFeature</name>
    <message>
        <source>&amp;Link Tool</source>
        <translation>&amp;Verknüpfungswerkzeug</translation>
    </message>
    <message>
        <source>Drag from one note to another to link them (L). Without the tool, Alt-drag does the same.</source>
        <translation>Ziehen Sie von einer Notiz zu einer anderen, um sie zu verknüpfen (L). Ohne das Werkzeug bewirkt Ziehen mit Alt dasselbe.</translation>
    </message>
    <message>
        <source>Link tool: drag from one note to another. L or Esc to stop.</source>
        <translation>Verknüpfungswerkzeug: Ziehen Sie von einer Notiz zu einer anderen. L oder Esc beendet es.</translation>
    </message>
    <message>
        <source>Lin&amp;k Selected Notes</source>
        <translation>Ausgewählte Notizen &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Show &amp;Links</source>
        <translation>Verknüpfungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Alignment Panel</source>
        <translation>&amp;Ausrichtungsbereich</translation>
    </message>
    <message>
        <source>Traceability &amp;Matrix</source>
        <translation>Rückverfolgbarkeits&amp;matrix</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Verknüpfungen</translation>
    </message>
    <message>
        <source>Select two notes (Ctrl+click), then press Ctrl+K to link them.</source>
        <translation>Wählen Sie zwei Notizen aus (Strg+Klick) und drücken Sie dann Strg+K, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <source>Linked %1 (%2).</source>
        <translation>%1 verknüpft (%2).</translation>
    </message>
</context>
<context>
    <name>tandem::LinkGesture</name>
    <message>
        <source>Link cancelled.</source>
        <translation>Verknüpfen abgebrochen.</translation>
    </message>
    <message>
        <source>Linked %1 (%2).</source>
        <translation>%1 verknüpft (%2).</translation>
    </message>
</context>
<context>
    <name>tandem::LinkListWidget</name>
    <message>
        <source>Links of the selected note</source>
        <translation>Verknüpfungen der ausgewählten Notiz</translation>
    </message>
    <message>
        <source>Double-click to go to the linked note. Right-click for more.</source>
        <translation>Doppelklicken Sie, um zur verknüpften Notiz zu gehen. Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diese Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>&amp;Go to Linked Note</source>
        <translation>&amp;Zur verknüpften Notiz gehen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>1 (default)</source>
        <translation>1 (Standard)</translation>
    </message>
    <message>
        <source>Link weight</source>
        <translation>Gewicht der Verknüpfung</translation>
    </message>
    <message>
        <source>How much of an amount this link carries when the note&apos;s amount splits over several links: a number above 0, at most 1,000,000. Empty for the default, 1.</source>
        <translation>Wie viel eines Betrags diese Verknüpfung trägt, wenn sich der Betrag der Notiz auf mehrere Verknüpfungen verteilt: eine Zahl über 0, höchstens 1.000.000. Leer für den Standardwert 1.</translation>
    </message>
</context>
<context>
    <name>tandem::LinkMatrixModel</name>
    <message>
        <source>Value-chain stages</source>
        <translation>Stufen der Wertschöpfungsketten</translation>
    </message>
    <message>
        <source>%1
Stage %2 of %3</source>
        <translation>%1
Stufe %2 von %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1
Not linked. Click to link.</source>
        <translation>%1
Nicht verknüpft. Klicken Sie zum Verknüpfen.</translation>
    </message>
    <message>
        <source>%1
Linked (%2). Click to remove.</source>
        <translation>%1
Verknüpft (%2). Klicken Sie zum Entfernen.</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>Neu aus &amp;Beispiel</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to Current &amp;Block</source>
        <translation>Auf aktuellen &amp;Block zoomen</translation>
    </message>
    <message>
        <source>&amp;Find Note…</source>
        <translation>Notiz &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>Ü&amp;ber Tandem</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Über Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Design a business model together with the operating model that delivers it.&lt;/p&gt;&lt;p&gt;Business Model Canvas: Strategyzer AG, CC BY-SA 3.0. Operating Model Canvas: Campbell, Gutierrez and Lancelott (2017). Open Sans: Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie ein Geschäftsmodell zusammen mit dem Betriebsmodell, das es umsetzt.&lt;/p&gt;&lt;p&gt;Business Model Canvas: Strategyzer AG, CC BY-SA 3.0. Operating Model Canvas: Campbell, Gutierrez und Lancelott (2017). Open Sans: Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>Ü&amp;bereinander</translation>
    </message>
    <message>
        <source>&amp;Business Model Canvas Only</source>
        <translation>Nur &amp;Business Model Canvas</translation>
    </message>
    <message>
        <source>&amp;Operating Model Canvas Only</source>
        <translation>Nur &amp;Operating Model Canvas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Chains</source>
        <translation>&amp;Ketten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom to B&amp;lock</source>
        <translation>Auf B&amp;lock zoomen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click a block to add a note. Tab walks through the notes.</source>
        <translation>Doppelklicken Sie in einen Block, um eine Notiz hinzuzufügen. Tab geht die Notizen der Reihe nach durch.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1[*] — Tandem</source>
        <translation>%1[*] – Tandem</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Tandem</source>
        <translation>%1[*] – %2 – Tandem</translation>
    </message>
    <message>
        <source>Cannot Create Session</source>
        <translation>Sitzung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot Open Session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The session could not be saved to %1.

%2

Your changes are still here; try another folder with Save As.</source>
        <translation>Die Sitzung konnte nicht unter %1 gespeichert werden.

%2

Ihre Änderungen sind noch da; versuchen Sie mit „Speichern unter“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sitzung</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away all changes since %1 was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>Start a session, open the example or a recent file</source>
        <translation>Eine Sitzung beginnen, das Beispiel oder eine zuletzt geöffnete Datei öffnen</translation>
    </message>
    <message>
        <source>Every change to the session; selecting one undoes back to it</source>
        <translation>Jede Änderung an der Sitzung; ein Klick auf einen Eintrag macht alles bis dorthin rückgängig</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
</context>
<context>
    <name>tandem::MatrixDock</name>
    <message>
        <source>Traceability Matrix</source>
        <translation>Rückverfolgbarkeitsmatrix</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Matrix columns</source>
        <translation>Spalten der Matrix</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern …</translation>
    </message>
    <message>
        <source>Filter matrix rows</source>
        <translation>Zeilen der Matrix filtern</translation>
    </message>
    <message>
        <source>Copy as CS&amp;V</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <source>Copy the table as shown, for a spreadsheet (Ctrl+C)</source>
        <translation>Die Tabelle wie angezeigt kopieren, für eine Tabellenkalkulation (Strg+C)</translation>
    </message>
    <message>
        <source>Copy matrix as CSV</source>
        <translation>Matrix als CSV kopieren</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Rückverfolgbarkeitsmatrix</translation>
    </message>
    <message numerus="yes">
        <source>Copied the matrix (%n rows) as CSV.</source>
        <translation>
            <numerusform>Die Matrix (%n Zeile) als CSV kopiert.</numerusform>
            <numerusform>Die Matrix (%n Zeilen) als CSV kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NoteActions</name>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Add Value &amp;Chain</source>
        <translation>Wertschöpfungs&amp;kette hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rename Chain</source>
        <translation>Kette &amp;umbenennen</translation>
    </message>
    <message>
        <source>Move Chain &amp;Up</source>
        <translation>Kette nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Chain &amp;Down</source>
        <translation>Kette nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;lete Chain</source>
        <translation>Kette &amp;löschen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All in Block</source>
        <translation>Alles im Block aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>Nach &amp;vorne</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>Nach &amp;hinten</translation>
    </message>
    <message>
        <source>Move to &amp;Next Block</source>
        <translation>In &amp;nächsten Block</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Block</source>
        <translation>In &amp;vorherigen Block</translation>
    </message>
    <message>
        <source>Nudge Left</source>
        <translation>Nach links rücken</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>Nach rechts rücken</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>Nach oben rücken</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>Nach unten rücken</translation>
    </message>
    <message>
        <source> (far)</source>
        <translation> (weit)</translation>
    </message>
    <message>
        <source>Auto-&amp;Arrange Block</source>
        <translation>Block automatisch &amp;anordnen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Block &amp;Default</source>
        <translation>&amp;Standard des Blocks</translation>
    </message>
    <message>
        <source>&amp;Move to Block</source>
        <translation>In Block &amp;verschieben</translation>
    </message>
    <message>
        <source>N&amp;udge</source>
        <translation>&amp;Rücken</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n notes</source>
        <translation>
            <numerusform>%n Notiz ausschneiden</numerusform>
            <numerusform>%n Notizen ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n notes</source>
        <translation>
            <numerusform>%n Notiz einfügen</numerusform>
            <numerusform>%n Notizen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n notes</source>
        <translation>
            <numerusform>%n Notiz duplizieren</numerusform>
            <numerusform>%n Notizen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Arrange %1</source>
        <translation>%1 anordnen</translation>
    </message>
</context>
<context>
    <name>tandem::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Every note as a list, with a filter to find notes</source>
        <translation>Alle Notizen als Liste, mit einem Filter zum Suchen</translation>
    </message>
    <message>
        <source>Find notes by any word…</source>
        <translation>Notizen nach beliebigem Wort suchen …</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Notizen suchen</translation>
    </message>
    <message>
        <source>Shows only the notes that contain these words</source>
        <translation>Zeigt nur die Notizen, die diese Wörter enthalten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes by canvas and block; selecting one selects it on the canvas</source>
        <translation>Notizen nach Canvas und Block; eine hier ausgewählte Notiz wird auch auf dem Canvas ausgewählt</translation>
    </message>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Block default</source>
        <translation>Standard des Blocks</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 in)</source>
        <translation>%1 (%2 × %3 Zoll)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Colours of the window, docks and toolbars. The canvases stay white paper in every theme.</source>
        <translation>Farben des Fensters, der Seitenleisten und Werkzeugleisten. Die Canvases bleiben in jedem Farbschema weißes Papier.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of menus and dialogs; takes effect when Tandem starts again.</source>
        <translation>Sprache der Menüs und Dialoge; wirkt, sobald Tandem neu gestartet wird.</translation>
    </message>
    <message>
        <source>Canvas &amp;text size:</source>
        <translation>&amp;Textgröße auf dem Canvas:</translation>
    </message>
    <message>
        <source>Size of note text at 100 % zoom. Larger text reads better from the back of the room.</source>
        <translation>Größe des Notiztexts bei 100 % Zoom. Größerer Text ist auch aus den hinteren Reihen gut lesbar.</translation>
    </message>
    <message>
        <source>Notes and Files</source>
        <translation>Notizen und Dateien</translation>
    </message>
    <message>
        <source>New note &amp;colour:</source>
        <translation>&amp;Farbe neuer Notizen:</translation>
    </message>
    <message>
        <source>Colour of notes you add. Block default uses yellow on the Business Model Canvas and blue on the Operating Model Canvas.</source>
        <translation>Farbe der Notizen, die Sie hinzufügen. „Standard des Blocks“ ist Gelb auf dem Business Model Canvas und Blau auf dem Operating Model Canvas.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <source>How often unsaved changes are kept in a recovery file. Your own file is only written when you save.</source>
        <translation>Wie oft ungespeicherte Änderungen in einer Wiederherstellungsdatei gesichert werden. Ihre eigene Datei wird nur beim Speichern geschrieben.</translation>
    </message>
    <message>
        <source>Export &amp;page size:</source>
        <translation>Seitenformat beim &amp;Export:</translation>
    </message>
    <message>
        <source>Paper size of PDF exports and printing.</source>
        <translation>Papierformat für PDF-Exporte und den Druck.</translation>
    </message>
</context>
<context>
    <name>tandem::PresenterMode</name>
    <message>
        <source>&amp;Facilitation Mode</source>
        <translation>&amp;Moderationsmodus</translation>
    </message>
    <message>
        <source>Full screen, one block at a time with its question and a timer</source>
        <translation>Vollbild, ein Block nach dem anderen mit seiner Leitfrage und einem Timer</translation>
    </message>
</context>
<context>
    <name>tandem::PresenterOverlay</name>
    <message>
        <source>Facilitation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>%1  ·  block %2 of %3</source>
        <translation>%1  ·  Block %2 von %3</translation>
    </message>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>TIME IS UP</source>
        <translation>DIE ZEIT IST UM</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>← →  blocks     Space  pause     + −  a minute more or less     Esc  leave</source>
        <translation>← →  Blöcke     Leertaste  Pause     + −  eine Minute mehr oder weniger     Esc  beenden</translation>
    </message>
</context>
<context>
    <name>tandem::RecoveryDialog</name>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n snapshots</source>
        <translation>
            <numerusform>, %n Momentaufnahme</numerusform>
            <numerusform>, %n Momentaufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Show First</source>
        <translation>&amp;Erst ansehen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tandem did not close properly last time.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tandem wurde beim letzten Mal nicht ordnungsgemäß beendet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tandem did not close properly last time.&lt;/b&gt;&lt;br&gt;These sessions had changes that were not saved. Tandem kept a copy of each; restore them to carry on where you were.</source>
        <translation>&lt;b&gt;Tandem wurde beim letzten Mal nicht ordnungsgemäß beendet.&lt;/b&gt;&lt;br&gt;Diese Sitzungen hatten ungespeicherte Änderungen. Tandem hat von jeder eine Kopie aufbewahrt; stellen Sie sie wieder her, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Recovered sessions</source>
        <translation>Wiederhergestellte Sitzungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>These automatic saves could not be read. They were renamed *.corrupt and will not be offered again:
%1</source>
        <translation>Diese automatischen Sicherungen konnten nicht gelesen werden. Sie wurden in *.corrupt umbenannt und werden nicht erneut angeboten:
%1</translation>
    </message>
    <message>
        <source>Open the session with its unsaved changes, under its own file name</source>
        <translation>Die Sitzung mit ihren ungespeicherten Änderungen unter ihrem eigenen Dateinamen öffnen</translation>
    </message>
    <message>
        <source>Open a copy to look at; the recovered session is kept until you restore or discard it</source>
        <translation>Eine Kopie zum Ansehen öffnen; die wiederhergestellte Sitzung bleibt erhalten, bis Sie sie wiederherstellen oder verwerfen</translation>
    </message>
    <message>
        <source>Delete the recovered copy</source>
        <translation>Die wiederhergestellte Kopie löschen</translation>
    </message>
    <message>
        <source>Keep the recovered sessions and ask again at the next start</source>
        <translation>Die wiederhergestellten Sitzungen behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source> — shown</source>
        <translation> – angezeigt</translation>
    </message>
</context>
<context>
    <name>tandem::ReportFindings</name>
    <message>
        <source>Alignment findings</source>
        <translation>Befunde der Ausrichtungsprüfung</translation>
    </message>
    <message>
        <source>No findings: every promise has work behind it.</source>
        <translation>Keine Befunde: Hinter jedem Versprechen steht Arbeit.</translation>
    </message>
    <message>
        <source>Value propositions delivered by a stage</source>
        <translation>Von einer Stufe erbrachte Wertangebote</translation>
    </message>
    <message>
        <source>Stages that serve an outward element</source>
        <translation>Stufen, die einem nach außen gerichteten Element dienen</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>BEFUND</translation>
    </message>
    <message>
        <source>Alignment findings (continued)</source>
        <translation>Befunde der Ausrichtungsprüfung (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>tandem::ReportMatrix</name>
    <message>
        <source>Traceability matrix</source>
        <translation>Rückverfolgbarkeitsmatrix</translation>
    </message>
    <message>
        <source>Which value-chain stages (across) deliver each outward element (down).</source>
        <translation>Welche Stufen der Wertschöpfungsketten (waagerecht) jedes nach außen gerichtete Element (senkrecht) erbringen.</translation>
    </message>
    <message>
        <source>Stages %1–%2 of %3, elements %4–%5 of %6.</source>
        <translation>Stufen %1–%2 von %3, Elemente %4–%5 von %6.</translation>
    </message>
    <message>
        <source>No value-chain stages yet: there is nothing to trace.</source>
        <translation>Noch keine Stufen in Wertschöpfungsketten: Es gibt nichts zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>No outward elements yet: there is nothing to trace.</source>
        <translation>Noch keine nach außen gerichteten Elemente: Es gibt nichts zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
    <message>
        <source>a link joins the element and the stage (either way)     Σ  stages linked to the element, on all pages</source>
        <translation>eine Verknüpfung verbindet Element und Stufe (in beliebiger Richtung)     Σ  mit dem Element verknüpfte Stufen, auf allen Seiten</translation>
    </message>
</context>
<context>
    <name>tandem::ReportMoney</name>
    <message>
        <source>Linked to no value-chain stage or value proposition.</source>
        <translation>Mit keiner Stufe einer Wertschöpfungskette und keinem Wertangebot verknüpft.</translation>
    </message>
    <message>
        <source>A revenue stream linked to no value proposition.</source>
        <translation>Eine Einnahmequelle, die mit keinem Wertangebot verknüpft ist.</translation>
    </message>
    <message>
        <source>A cost linked to nothing.</source>
        <translation>Ein Kostenposten, der mit nichts verknüpft ist.</translation>
    </message>
    <message>
        <source>Value chain: %1</source>
        <translation>Wertschöpfungskette: %1</translation>
    </message>
    <message>
        <source>No stage of its value chain is linked to a value proposition.</source>
        <translation>Keine Stufe ihrer Wertschöpfungskette ist mit einem Wertangebot verknüpft.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Amounts per %1.</source>
        <translation>Beträge pro %1.</translation>
    </message>
    <message>
        <source>Amounts in %1 per %2.</source>
        <translation>Beträge in %1 pro %2.</translation>
    </message>
    <message>
        <source>COST TO SERVE</source>
        <translation>KOSTEN DER ERBRINGUNG</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>EINNAHMEN</translation>
    </message>
    <message>
        <source>MARGIN</source>
        <translation>MARGE</translation>
    </message>
    <message>
        <source>Money (continued)</source>
        <translation>Geld (Fortsetzung)</translation>
    </message>
    <message>
        <source>Where unallocated amounts stopped</source>
        <translation>Wo nicht zugeordnete Beträge enden</translation>
    </message>
    <message>
        <source>Nowhere: every amount reaches a value proposition.</source>
        <translation>Nirgends: Jeder Betrag erreicht ein Wertangebot.</translation>
    </message>
    <message>
        <source>Each cost is followed through the work it pays for to the value propositions that work delivers.</source>
        <translation>Jeder Kostenposten wird über die Arbeit, die er bezahlt, bis zu den Wertangeboten verfolgt, die diese Arbeit erbringt.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>%1 allocated</source>
        <translation>%1 zugeordnet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>%1 of revenue</source>
        <translation>%1 der Einnahmen</translation>
    </message>
    <message>
        <source>Unallocated revenue</source>
        <translation>Nicht zugeordnete Einnahmen</translation>
    </message>
    <message>
        <source>linked to no value proposition</source>
        <translation>mit keinem Wertangebot verknüpft</translation>
    </message>
    <message>
        <source>Unallocated cost</source>
        <translation>Nicht zugeordnete Kosten</translation>
    </message>
    <message>
        <source>reaches no value proposition</source>
        <translation>erreicht kein Wertangebot</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Figures per value proposition (continued)</source>
        <translation>Zahlen je Wertangebot (Fortsetzung)</translation>
    </message>
    <message>
        <source>Figures per value proposition</source>
        <translation>Zahlen je Wertangebot</translation>
    </message>
    <message>
        <source>VALUE PROPOSITION</source>
        <translation>WERTANGEBOT</translation>
    </message>
    <message>
        <source>MARGIN %</source>
        <translation>MARGE %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Reaching value propositions</source>
        <translation>Erreicht Wertangebote</translation>
    </message>
    <message>
        <source>Reaching no value proposition</source>
        <translation>Erreicht kein Wertangebot</translation>
    </message>
    <message>
        <source>Where unallocated amounts stopped (continued)</source>
        <translation>Wo nicht zugeordnete Beträge enden (Fortsetzung)</translation>
    </message>
    <message>
        <source>Amounts that reach no value proposition, at the element where they stopped.</source>
        <translation>Beträge, die kein Wertangebot erreichen, bei dem Element, an dem sie enden.</translation>
    </message>
    <message>
        <source>STOPPED AT</source>
        <translation>ENDET BEI</translation>
    </message>
    <message>
        <source>WHERE, AND WHY</source>
        <translation>WO UND WARUM</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
</context>
<context>
    <name>tandem::ReportMoneyChart</name>
    <message>
        <source>Revenue, cost to serve and margin per value proposition (continued)</source>
        <translation>Einnahmen, Kosten der Erbringung und Marge je Wertangebot (Fortsetzung)</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and margin per value proposition</source>
        <translation>Einnahmen, Kosten der Erbringung und Marge je Wertangebot</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Kosten der Erbringung</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Negative margin</source>
        <translation>Negative Marge</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTitlePage</name>
    <message>
        <source>Strategy workshop report</source>
        <translation>Bericht zum Strategie-Workshop</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>notes on the Business Model Canvas</source>
        <translation>Notizen auf dem Business Model Canvas</translation>
    </message>
    <message>
        <source>elements on the Operating Model Canvas, %1 and %2</source>
        <translation>Elemente auf dem Operating Model Canvas, %1 und %2</translation>
    </message>
    <message>
        <source>links between the canvases and within them</source>
        <translation>Verknüpfungen zwischen den Canvases und innerhalb</translation>
    </message>
    <message>
        <source>gaps found by the alignment check</source>
        <translation>von der Ausrichtungsprüfung gefundene Lücken</translation>
    </message>
    <message>
        <source>warnings to look at</source>
        <translation>Warnungen zum Ansehen</translation>
    </message>
    <message>
        <source>of the value propositions delivered by a value-chain stage</source>
        <translation>der Wertangebote von einer Stufe einer Wertschöpfungskette erbracht</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>profit margin: %1 profit per %2 on %3 revenue</source>
        <translation>Gewinnmarge: %1 Gewinn pro %2 bei %3 Einnahmen</translation>
    </message>
</context>
<context>
    <name>tandem::ReportWriter</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Business Model Canvas</source>
        <translation>Business Model Canvas</translation>
    </message>
    <message>
        <source>Operating Model Canvas</source>
        <translation>Operating Model Canvas</translation>
    </message>
    <message>
        <source>Both canvases and their links</source>
        <translation>Beide Canvases und ihre Verknüpfungen</translation>
    </message>
    <message>
        <source>Alignment findings</source>
        <translation>Befunde der Ausrichtungsprüfung</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Rückverfolgbarkeitsmatrix</translation>
    </message>
    <message>
        <source>Made with Tandem</source>
        <translation>Erstellt mit Tandem</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
</context>
<context>
    <name>tandem::Room</name>
    <message>
        <source>Room Vote</source>
        <translation>Abstimmung im Raum</translation>
    </message>
</context>
<context>
    <name>tandem::RoomDock</name>
    <message>
        <source>Workshop Room</source>
        <translation>Workshop-Raum</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-Code der Teilnahmeadresse</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Block open for notes</source>
        <translation>Für Notizen offener Block</translation>
    </message>
    <message>
        <source>The presenter&apos;s block</source>
        <translation>Der Block der Präsentation</translation>
    </message>
    <message>
        <source>Notes go to:</source>
        <translation>Notizen gehen an:</translation>
    </message>
    <message>
        <source>Participants may choose the block</source>
        <translation>Teilnehmende dürfen den Block wählen</translation>
    </message>
    <message>
        <source>Private: notes wait in the inbox</source>
        <translation>Privat: Notizen warten im Eingang</translation>
    </message>
    <message>
        <source>Lock the room to newcomers</source>
        <translation>Raum für Neue sperren</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Notes waiting in the inbox</source>
        <translation>Im Eingang wartende Notizen</translation>
    </message>
    <message>
        <source>Reveal All</source>
        <translation>Alle aufdecken</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Participants in the room</source>
        <translation>Teilnehmende im Raum</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Vote from the devices</source>
        <translation>Abstimmung von den Geräten</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>Show Result</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>No vote running.</source>
        <translation>Keine Abstimmung läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Voting on %n note(s): %1 dots placed.</source>
        <translation>
            <numerusform>Abstimmung über %n Notiz: %1 Punkte gesetzt.</numerusform>
            <numerusform>Abstimmung über %n Notizen: %1 Punkte gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result shown: %1 dots are on the notes.</source>
        <translation>Ergebnis gezeigt: %1 Punkte liegen auf den Notizen.</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let participants join from their own phones and laptops.</source>
        <translation>Der Raum ist geschlossen. Öffne ihn, damit Teilnehmende von ihren eigenen Handys und Laptops mitmachen.</translation>
    </message>
    <message>
        <source>Scan the code or open %1 and give the room code.</source>
        <translation>Code scannen oder %1 öffnen und den Raumcode angeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting.</source>
        <translation>
            <numerusform>%n Notiz wartet.</numerusform>
            <numerusform>%n Notizen warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation>Teilnehmende Person umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>tandem::RoomFeature</name>
    <message>
        <source>Open &amp;Room</source>
        <translation>&amp;Raum öffnen</translation>
    </message>
    <message>
        <source>Close R&amp;oom</source>
        <translation>Raum s&amp;chließen</translation>
    </message>
    <message>
        <source>Show Join Code on Canvas</source>
        <translation>Teilnahmecode auf der Leinwand zeigen</translation>
    </message>
    <message>
        <source>Let participants add notes and vote from their own phones and laptops</source>
        <translation>Teilnehmende fügen Notizen hinzu und stimmen ab, von ihren eigenen Handys und Laptops</translation>
    </message>
    <message>
        <source>End every participant&apos;s connection and stop listening</source>
        <translation>Alle Verbindungen beenden und nicht mehr lauschen</translation>
    </message>
    <message>
        <source>Room &amp;Panel</source>
        <translation>Raum-&amp;Bereich</translation>
    </message>
    <message>
        <source>The room could not open: %1</source>
        <translation>Der Raum konnte nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Raum offen: %1</translation>
    </message>
    <message>
        <source>Close Room</source>
        <translation>Raum schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) still wait in the inbox. Reveal them before closing the room?</source>
        <translation>
            <numerusform>%n Notiz wartet noch im Eingang. Vor dem Schließen aufdecken?</numerusform>
            <numerusform>%n Notizen warten noch im Eingang. Vor dem Schließen aufdecken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Raum geschlossen.</translation>
    </message>
</context>
<context>
    <name>tandem::RoomServer</name>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Kann nicht auf %1 Port %2 lauschen.</translation>
    </message>
</context>
<context>
    <name>tandem::SessionDetailsDialog</name>
    <message>
        <source>A session needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Session Details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the workshop is about</source>
        <translation>Worum es im Workshop geht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>One name per line, or names separated by commas</source>
        <translation>Ein Name pro Zeile, oder Namen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Purpose, agreements, follow-ups…</source>
        <translation>Zweck, Vereinbarungen, nächste Schritte …</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Set the date to today</source>
        <translation>Das Datum auf heute setzen</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Das Datum entfernen</translation>
    </message>
    <message>
        <source>The file says “%1”; it is kept unless you pick a date.</source>
        <translation>In der Datei steht „%1“; das bleibt erhalten, solange Sie kein Datum wählen.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Geld:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The currency of the amounts, as an ISO 4217 code such as EUR</source>
        <translation>Die Währung der Beträge, als ISO-4217-Code wie EUR</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Period of the amounts</source>
        <translation>Zeitraum der Beträge</translation>
    </message>
</context>
<context>
    <name>tandem::SessionFeature</name>
    <message>
        <source>Autosave failed: %1. Save your work to keep it safe.</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1. Speichern Sie Ihre Arbeit, um sie zu sichern.</translation>
    </message>
    <message>
        <source>Session &amp;Details…</source>
        <translation>Sitzungs&amp;details …</translation>
    </message>
    <message>
        <source>Title, organisation, facilitator, participants, date and notes</source>
        <translation>Titel, Organisation, Moderation, Teilnehmende, Datum und Notizen</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage …</translation>
    </message>
    <message>
        <source>Start a new session from any session file: its notes, without its details</source>
        <translation>Eine neue Sitzung aus einer beliebigen Sitzungsdatei beginnen: mit deren Notizen, ohne deren Details</translation>
    </message>
    <message>
        <source>New Session from Template</source>
        <translation>Neue Sitzung aus Vorlage</translation>
    </message>
    <message>
        <source>Cannot Use Template</source>
        <translation>Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>New session from %1. Give it a title in Session Details.</source>
        <translation>Neue Sitzung aus %1. Geben Sie ihr in den Sitzungsdetails einen Titel.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsFeature</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Theme, text size, note colour, autosave and export settings</source>
        <translation>Farbschema, Textgröße, Notizfarbe, automatische Sicherung und Export</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Befehl oder Taste suchen …</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous note in reading order</source>
        <translation>Nächste / vorherige Notiz in Lesereihenfolge</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Add a note where you click</source>
        <translation>Eine Notiz dort hinzufügen, wo Sie klicken</translation>
    </message>
    <message>
        <source>Double-click a block</source>
        <translation>Doppelklick in einen Block</translation>
    </message>
    <message>
        <source>Finish editing a note</source>
        <translation>Bearbeiten einer Notiz abschließen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>New line while editing</source>
        <translation>Neue Zeile beim Bearbeiten</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabetaste</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag, touchpad scroll</source>
        <translation>Leertaste+Ziehen, Ziehen mit mittlerer Taste, Scrollen auf dem Touchpad</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Mouse wheel, Ctrl+wheel, pinch</source>
        <translation>Mausrad, Strg+Mausrad, Zwei-Finger-Geste</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+click, rubber band</source>
        <translation>Strg+Klick, Auswahlrahmen</translation>
    </message>
</context>
<context>
    <name>tandem::SnapshotComparePanel</name>
    <message>
        <source>Value chain: %1</source>
        <translation>Wertschöpfungskette: %1</translation>
    </message>
    <message>
        <source>Mark changes on the &amp;canvas</source>
        <translation>Änderungen auf dem &amp;Canvas markieren</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergleichen von</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Übersicht des Vergleichs</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation>Momentaufnahme „%1“</translation>
    </message>
    <message>
        <source>Current canvases</source>
        <translation>Aktuelle Canvases</translation>
    </message>
    <message>
        <source>Choose two different states to compare.</source>
        <translation>Wählen Sie zwei verschiedene Stände zum Vergleichen.</translation>
    </message>
    <message>
        <source>Changes are marked on the canvas when comparing with the current canvases.</source>
        <translation>Beim Vergleich mit den aktuellen Canvases werden Änderungen auf dem Canvas markiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Value chains</source>
        <translation>Wertschöpfungsketten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Take a snapshot (such as “as-is”) to compare the canvases with it as they change.</source>
        <translation>Nehmen Sie eine Momentaufnahme auf (etwa „Ist-Zustand“), um die Canvases im Lauf der Änderungen damit zu vergleichen.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
</context>
<context>
    <name>tandem::SnapshotDock</name>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Momentaufnahme &amp;aufnehmen …</translation>
    </message>
    <message>
        <source>Freeze the canvases as they are now under a name, such as as-is</source>
        <translation>Die Canvases so, wie sie jetzt sind, unter einem Namen festhalten, etwa „Ist-Zustand“</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the selected snapshot the current canvases (undoable)</source>
        <translation>Die ausgewählte Momentaufnahme zu den aktuellen Canvases machen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open in Window</source>
        <translation>In &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Open the snapshot as a session of its own, to export or print it</source>
        <translation>Die Momentaufnahme als eigene Sitzung öffnen, um sie zu exportieren oder zu drucken</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Snapshot actions</source>
        <translation>Aktionen für Momentaufnahmen</translation>
    </message>
    <message>
        <source>Snapshot details</source>
        <translation>Details der Momentaufnahme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleichen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is already a snapshot called “%1”.</source>
        <translation>Es gibt bereits eine Momentaufnahme namens „%1“.</translation>
    </message>
    <message>
        <source>No snapshots yet. Take one before the team changes the canvases, to see later what changed.</source>
        <translation>Noch keine Momentaufnahmen. Nehmen Sie eine auf, bevor das Team die Canvases ändert, um später zu sehen, was sich geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken %1 · %2</source>
        <translation>Aufgenommen %1 · %2</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme aufnehmen</translation>
    </message>
    <message>
        <source>Name of the snapshot (for example as-is or to-be):</source>
        <translation>Name der Momentaufnahme (zum Beispiel Ist-Zustand oder Soll-Zustand):</translation>
    </message>
    <message>
        <source>Replace Snapshot</source>
        <translation>Momentaufnahme ersetzen</translation>
    </message>
    <message>
        <source>There is already a snapshot called “%1”. Replace it with the canvases as they are now?</source>
        <translation>Es gibt bereits eine Momentaufnahme namens „%1“. Durch die Canvases in ihrem jetzigen Zustand ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot “%1” taken: %n notes.</source>
        <translation>
            <numerusform>Momentaufnahme „%1“ aufgenommen: %n Notiz.</numerusform>
            <numerusform>Momentaufnahme „%1“ aufgenommen: %n Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The canvases are now as in “%1”. Undo brings back what was there.</source>
        <translation>Die Canvases sind jetzt wie in „%1“. Rückgängig holt zurück, was vorher da war.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::SnapshotMarkerItem</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>tandem::SnapshotMoneyView</name>
    <message>
        <source>Money compared</source>
        <translation>Geld im Vergleich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Money per month</source>
        <translation>Geld pro Monat</translation>
    </message>
    <message>
        <source>Money per quarter</source>
        <translation>Geld pro Quartal</translation>
    </message>
    <message>
        <source>Money per year</source>
        <translation>Geld pro Jahr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Unallocated revenue</source>
        <translation>Nicht zugeordnete Einnahmen</translation>
    </message>
    <message>
        <source>Revenue of streams linked to no value proposition</source>
        <translation>Einnahmen aus Quellen, die mit keinem Wertangebot verknüpft sind</translation>
    </message>
    <message>
        <source>Unallocated cost</source>
        <translation>Nicht zugeordnete Kosten</translation>
    </message>
    <message>
        <source>Cost spent on work that reaches no value proposition</source>
        <translation>Kosten für Arbeit, die kein Wertangebot erreicht</translation>
    </message>
    <message>
        <source>Margin per value proposition</source>
        <translation>Marge je Wertangebot</translation>
    </message>
    <message>
        <source>revenue %1, cost to serve %2</source>
        <translation>Einnahmen %1, Kosten der Erbringung %2</translation>
    </message>
    <message>
        <source>not on the canvas</source>
        <translation>nicht auf dem Canvas</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
</context>
<context>
    <name>tandem::Voting</name>
    <message>
        <source>&amp;Vote Mode</source>
        <translation>&amp;Punkte vergeben</translation>
    </message>
    <message>
        <source>C&amp;lear Votes</source>
        <translation>Punkte &amp;löschen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Click notes to give them dots; Shift+click takes one back</source>
        <translation>Klicken Sie auf Notizen, um ihnen Punkte zu geben; Umschalt+Klick nimmt einen zurück</translation>
    </message>
    <message>
        <source>Remove every dot from every note (one undo step)</source>
        <translation>Alle Punkte von allen Notizen entfernen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Participant voting</source>
        <translation>Punkte der Teilnehmenden</translation>
    </message>
    <message>
        <source>Dots given</source>
        <translation>Vergebene Punkte</translation>
    </message>
    <message>
        <source>Dots from: </source>
        <translation>Punkte von: </translation>
    </message>
    <message>
        <source>Vote mode: click a note to give it a dot from %1. Shift+click takes one back.</source>
        <translation>Punkte vergeben: Klicken Sie auf eine Notiz, um ihr einen Punkt von %1 zu geben. Umschalt+Klick nimmt einen zurück.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1: %2 · all: %3</source>
        <translation>%1: %2 · alle: %3</translation>
    </message>
    <message>
        <source>Vote by %1</source>
        <translation>Punkt von %1</translation>
    </message>
    <message>
        <source>Take Back Vote by %1</source>
        <translation>Punkt von %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Punkte löschen</translation>
    </message>
</context>
<context>
    <name>tandem::WelcomePage</name>
    <message>
        <source>New blank session</source>
        <translation>Neue leere Sitzung</translation>
    </message>
    <message>
        <source>Both canvases, empty and ready for the workshop</source>
        <translation>Beide Canvases, leer und bereit für den Workshop</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Das Beispiel öffnen</translation>
    </message>
    <message>
        <source>Northwind Coffee Roasters: a complete session to explore</source>
        <translation>Northwind Coffee Roasters: eine vollständige Sitzung zum Erkunden</translation>
    </message>
    <message>
        <source>Open a session…</source>
        <translation>Eine Sitzung öffnen …</translation>
    </message>
    <message>
        <source>A .tandem.yaml file on this computer</source>
        <translation>Eine .tandem.yaml-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Show this page when Tandem starts</source>
        <translation>Diese Seite beim &amp;Start von Tandem anzeigen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Start a new session, open the example or a recent session</source>
        <translation>Eine neue Sitzung beginnen, das Beispiel oder eine zuletzt geöffnete Sitzung öffnen</translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Willkommen bei Tandem</translation>
    </message>
    <message>
        <source>Tandem logo</source>
        <translation>Tandem-Logo</translation>
    </message>
    <message>
        <source>Design a business model together with the operating model that delivers it.</source>
        <translation>Entwerfen Sie ein Geschäftsmodell zusammen mit dem Betriebsmodell, das es umsetzt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Recent Sessions</source>
        <translation>Zuletzt geöffnete Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command and its keys (F1)</source>
        <translation>Alle Befehle und ihre Tasten (F1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the welcome page and go to the canvas</source>
        <translation>Die Willkommensseite schließen und zum Canvas gehen</translation>
    </message>
    <message>
        <source>Whether this page appears when Tandem starts without a file</source>
        <translation>Ob diese Seite erscheint, wenn Tandem ohne Datei startet</translation>
    </message>
    <message>
        <source>Sessions you open or save will be listed here.</source>
        <translation>Sitzungen, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>tandem::WorkshopFeature</name>
    <message>
        <source>&amp;Snapshots Panel</source>
        <translation>Bereich &amp;Momentaufnahmen</translation>
    </message>
</context>
</TS>
