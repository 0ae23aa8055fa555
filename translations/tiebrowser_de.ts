<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartCommand</name>
    <message>
        <source>Invalid size %1x%2: each side must be from 1 to %3 pixels.</source>
        <translation>Ungültige Größe %1x%2: Jede Seite muss zwischen 1 und %3 Pixel lang sein.</translation>
    </message>
    <message>
        <source>No file given: name one or more results files.</source>
        <translation>Keine Datei angegeben: Nennen Sie eine oder mehrere Ergebnisdateien.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>No tie matches the filters; nothing written to %1.</source>
        <translation>Kein Duell passt zu den Filtern; nichts nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: use %2.</source>
        <translation>Unbekanntes Diagramm „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the chart to standard output: %1</source>
        <translation>Das Diagramm kann nicht auf die Standardausgabe geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Read the files, print every problem found and a summary to standard output; change nothing.</source>
        <translation>Die Dateien lesen, jedes gefundene Problem und eine Zusammenfassung auf die Standardausgabe schreiben; nichts ändern.</translation>
    </message>
    <message>
        <source>The exported chart&apos;s size in pixels, e.g. 1200x800.</source>
        <translation>Die Größe des exportierten Diagramms in Pixeln, z. B. 1200x800.</translation>
    </message>
    <message>
        <source>Only the ties of clubs whose name contains TEXT (case and accents do not matter).</source>
        <translation>Nur die Duelle von Vereinen, deren Name TEXT enthält (Groß-/Kleinschreibung und Akzente spielen keine Rolle).</translation>
    </message>
    <message>
        <source>Only ties with a leg played on or after DATE (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Nur Duelle mit einem Spiel am oder nach DATE (JJJJ-MM-TT oder TT/MM/JJJJ).</translation>
    </message>
    <message>
        <source>Only ties with a leg played on or before DATE (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Nur Duelle mit einem Spiel am oder vor DATE (JJJJ-MM-TT oder TT/MM/JJJJ).</translation>
    </message>
    <message>
        <source>1 tie</source>
        <translation>1 Duell</translation>
    </message>
    <message>
        <source>%1 ties</source>
        <translation>%1 Duelle</translation>
    </message>
    <message>
        <source>(of %1)</source>
        <translation>(von %1)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
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
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>--%1 goes with --export-chart.</source>
        <translation>--%1 gehört zu --export-chart.</translation>
    </message>
    <message>
        <source>No file given: name one or more results files.</source>
        <translation>Keine Datei angegeben: Nennen Sie eine oder mehrere Ergebnisdateien.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2012-07-05.</source>
        <translation>Ungültiges Datum „%1“ für --%2: Verwenden Sie JJJJ-MM-TT oder TT/MM/JJJJ, z. B. 2012-07-05.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no tie could match.</source>
        <translation>--from %1 liegt nach --to %2: Kein Duell könnte passen.</translation>
    </message>
    <message>
        <source>--export-chart needs --output OUT (.png, .jpg, .svg or .pdf).</source>
        <translation>--export-chart braucht --output OUT (.png, .jpg, .svg oder .pdf).</translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot; for --size: use WIDTHxHEIGHT in pixels, e.g. 1200x800, each from 1 to %2.</source>
        <translation>Ungültige Größe „%1“ für --size: Verwenden Sie BREITExHÖHE in Pixeln, z. B. 1200x800, jeweils von 1 bis %2.</translation>
    </message>
    <message>
        <source>Nothing written to %1: a file could not be read.</source>
        <translation>Nichts nach %1 geschrieben: Eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Wrote 1 tie to %1.</source>
        <translation>1 Duell nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 ties to %2.</source>
        <translation>%1 Duelle nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot; for the options.</source>
        <translation>Die Optionen zeigt „%1 --help“.</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Draw a chart without a window: %1. Needs --output.</source>
        <translation>Ein Diagramm ohne Fenster zeichnen: %1. Braucht --output.</translation>
    </message>
    <message>
        <source>Unknown rules &quot;%1&quot; for --rules: use %2.</source>
        <translation>Unbekannte Regeln „%1“ für --rules: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot; for --export-chart: use %2.</source>
        <translation>Unbekanntes Diagramm „%1“ für --export-chart: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>away goals after 90 minutes only</source>
        <translation>Auswärtstore nur nach 90 Minuten</translation>
    </message>
    <message>
        <source>The image --export-chart writes: .png, .jpg, .svg or .pdf. OUT - writes to standard output, in the --format given.</source>
        <translation>Das Bild, das --export-chart schreibt: .png, .jpg, .svg oder .pdf. OUT - schreibt auf die Standardausgabe, im mit --format angegebenen Format.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; for --format: use %2.</source>
        <translation>Unbekanntes Format „%1“ für --format: verwenden Sie %2.</translation>
    </message>
    <message>
        <source>--format %1 does not agree with the file name &quot;%2&quot;: leave out --format, or name a file that ends in .%1.</source>
        <translation>--format %1 passt nicht zum Dateinamen „%2“: Lassen Sie --format weg oder nennen Sie eine Datei, die auf .%1 endet.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>--export-table - writes to standard output: say how, with --format csv or --format json.</source>
        <translation>--export-table - schreibt auf die Standardausgabe: Geben Sie das Format mit --format csv oder --format json an.</translation>
    </message>
    <message>
        <source>png, jpg, svg or pdf</source>
        <translation>png, jpg, svg oder pdf</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1: the file name must end in .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>Das Diagramm kann nicht nach %1 geschrieben werden: Der Dateiname muss auf .png, .jpg, .jpeg, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>--output - writes to standard output: say how, with --format png, jpg, svg or pdf.</source>
        <translation>--output - schreibt auf die Standardausgabe: Geben Sie das Format mit --format png, jpg, svg oder pdf an.</translation>
    </message>
    <message>
        <source>- (standard input) is named more than once: it can be read only once.</source>
        <translation>- (Standardeingabe) ist mehrfach angegeben: Sie kann nur einmal gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write the table to standard output: %1</source>
        <translation>Die Tabelle kann nicht auf die Standardausgabe geschrieben werden: %1</translation>
    </message>
    <message>
        <source>internal error: not a headless command</source>
        <translation>interner Fehler: kein Befehl ohne Fenster</translation>
    </message>
    <message>
        <source>Write the ties as a table to OUT: CSV (.csv), JSON (.json) or a SQLite database (.sqlite, .db). OUT - writes CSV or JSON to standard output, in the --format given.</source>
        <translation>Die Duelle als Tabelle nach OUT schreiben: CSV (.csv), JSON (.json) oder eine SQLite-Datenbank (.sqlite, .db). OUT - schreibt CSV oder JSON auf die Standardausgabe, im mit --format angegebenen Format.</translation>
    </message>
    <message>
        <source>csv, json or sqlite</source>
        <translation>csv, json oder sqlite</translation>
    </message>
    <message>
        <source>Cannot write the table to &quot;%1&quot;: the file name must end in .csv, .json, .sqlite or .db.</source>
        <translation>Die Tabelle kann nicht nach „%1“ geschrieben werden: Der Dateiname muss auf .csv, .json, .sqlite oder .db enden.</translation>
    </message>
    <message>
        <source>--export-table - writes CSV or JSON: a SQLite database needs a file name (.sqlite or .db).</source>
        <translation>--export-table - schreibt CSV oder JSON: Eine SQLite-Datenbank braucht einen Dateinamen (.sqlite oder .db).</translation>
    </message>
    <message>
        <source>Print a summary of the ties the filters leave to standard output: how they were decided, how often the club at home in the second leg went through, and the aggregate margins. As text, or JSON with --format json.</source>
        <translation>Eine Übersicht der Duelle, die die Filter übrig lassen, auf die Standardausgabe schreiben: wie sie entschieden wurden, wie oft der Heimverein im Rückspiel weiterkam, und die Tordifferenzen im Gesamtergebnis. Als Text oder, mit --format json, als JSON.</translation>
    </message>
    <message>
        <source>What OUT is written as: csv, json or sqlite for --export-table; png, jpg, svg or pdf for --export-chart. Needed when OUT is -; with a file name it must agree with the file&apos;s suffix. For --summary: text (the default) or json.</source>
        <translation>Das Format von OUT: csv, json oder sqlite für --export-table; png, jpg, svg oder pdf für --export-chart. Nötig, wenn OUT - ist; bei einem Dateinamen muss es zu dessen Endung passen. Für --summary: text (die Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>The tie rules for --check, --export-table and --summary: %1.</source>
        <translation>Die Regeln für --check, --export-table und --summary: %1.</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-table, --export-chart and --summary.</source>
        <translation>Wählen Sie nur eines von --check, --export-table, --export-chart und --summary.</translation>
    </message>
    <message>
        <source>--format goes with --export-table, --export-chart or --summary.</source>
        <translation>--format gehört zu --export-table, --export-chart oder --summary.</translation>
    </message>
    <message>
        <source>--%1 goes with --check, --export-table, --export-chart or --summary.</source>
        <translation>--%1 gehört zu --check, --export-table, --export-chart oder --summary.</translation>
    </message>
    <message>
        <source>- (standard input) goes with --check, --export-table, --export-chart or --summary; for a file called &quot;-&quot;, write ./-</source>
        <translation>- (Standardeingabe) gehört zu --check, --export-table, --export-chart oder --summary; für eine Datei namens „-“ schreiben Sie ./-</translation>
    </message>
    <message>
        <source>--rules goes with --check, --export-table and --summary; charts use the UEFA rules.</source>
        <translation>--rules gehört zu --check, --export-table und --summary; Diagramme verwenden die UEFA-Regeln.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; for --summary: use text or json.</source>
        <translation>Unbekanntes Format „%1“ für --summary: verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>No summary printed: a file could not be read.</source>
        <translation>Keine Übersicht ausgegeben: Eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Without a score in both legs: %1</source>
        <translation>Ohne Ergebnis in beiden Spielen: %1</translation>
    </message>
    <message>
        <source>Tie Browser: browse and check the results of two-legged football cup ties, read from worldfootball.net round tables, openfootball&apos;s Football.TXT seasons or engsoccerdata&apos;s champs.csv (told apart by their first lines).
Without --check, --export-table, --export-chart or --summary, opens the window on FILE... (or the bundled sample).

Exit codes: 0 done, 1 the files have errors (--export-chart: no tie matches), 2 bad arguments, a file that cannot be read or an output that cannot be written.
--check and --summary print to standard output; the other commands, and --summary for the files&apos; problems, report on standard error.</source>
        <translation>Tie Browser: Ergebnisse von Pokal-Duellen mit Hin- und Rückspiel ansehen und prüfen, gelesen aus Rundentabellen von worldfootball.net, Football.TXT-Spielzeiten von openfootball oder champs.csv von engsoccerdata (an ihren ersten Zeilen unterschieden).
Ohne --check, --export-table, --export-chart oder --summary öffnet es das Fenster mit FILE... (oder dem mitgelieferten Beispiel).

Exit-Codes: 0 erledigt, 1 die Dateien enthalten Fehler (--export-chart: kein Duell passt), 2 falsche Argumente, eine Datei, die nicht gelesen, oder eine Ausgabe, die nicht geschrieben werden kann.
--check und --summary schreiben auf die Standardausgabe; die anderen Befehle, und --summary für die Probleme der Dateien, melden auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Results files to read (worldfootball.net round tables, Football.TXT seasons, engsoccerdata&apos;s champs.csv); - reads standard input (with --check, --export-table, --export-chart or --summary).</source>
        <translation>Zu lesende Ergebnisdateien (Rundentabellen von worldfootball.net, Football.TXT-Spielzeiten, champs.csv von engsoccerdata); - liest die Standardeingabe (mit --check, --export-table, --export-chart oder --summary).</translation>
    </message>
    <message>
        <source>the rules of each era since 1955-56, the default</source>
        <translation>die Regeln jeder Epoche seit 1955-56, die Vorgabe</translation>
    </message>
</context>
<context>
    <name>EngsoccerdataReader</name>
    <message>
        <source>engsoccerdata&apos;s champs.csv, a CSV file whose first line names the columns &quot;Date&quot;, &quot;Season&quot;, &quot;round&quot;, &quot;leg&quot;, &quot;home&quot;, &quot;visitor&quot;, &quot;FT&quot;, &quot;HT&quot;, &quot;aet&quot;, &quot;pens&quot; and &quot;tiewinner&quot;, one match a row, where the legs &quot;1&quot; and &quot;2&quot; of the same clubs in a round make a tie</source>
        <translation>champs.csv von engsoccerdata, eine CSV-Datei, deren erste Zeile die Spalten „Date“, „Season“, „round“, „leg“, „home“, „visitor“, „FT“, „HT“, „aet“, „pens“ und „tiewinner“ nennt, ein Spiel je Zeile, wobei die Spiele „1“ und „2“ derselben Vereine in einer Runde ein Duell bilden</translation>
    </message>
    <message>
        <source>the first line does not name the columns of engsoccerdata&apos;s champs.csv (%1)</source>
        <translation>die erste Zeile nennt nicht die Spalten von champs.csv von engsoccerdata (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a season, then a round of it: 1966-67 Round1</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed, or text follows its closing quote: %1</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen, oder nach dem schließenden Anführungszeichen folgt Text: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header names %2</source>
        <translation>die Zeile hat %1 Felder, aber die Kopfzeile nennt %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written year-month-day (1955-09-04)</source>
        <translation>„%1“ ist kein Datum in der Form Jahr-Monat-Tag (1955-09-04)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a season&apos;s first year (1955)</source>
        <translation>„%1“ ist nicht das erste Jahr einer Spielzeit (1955)</translation>
    </message>
    <message>
        <source>the match is dated %1, which is not in the season %2 the row names; the season is taken as written</source>
        <translation>das Spiel ist auf den %1 datiert, der nicht in der Spielzeit %2 der Zeile liegt; die Spielzeit gilt wie angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leg: 1, 2, replay, groups, initial or NA</source>
        <translation>„%1“ ist kein Spiel eines Duells: 1, 2, replay, groups, initial oder NA</translation>
    </message>
    <message>
        <source>a club&apos;s name is missing</source>
        <translation>der Name eines Vereins fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full-time score (3-1)</source>
        <translation>„%1“ ist kein Endergebnis (3-1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a half-time score; it is left out</source>
        <translation>„%1“ ist kein Halbzeitergebnis; es wird weggelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score after extra time</source>
        <translation>„%1“ ist kein Ergebnis nach Verlängerung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shoot-out score (4-3), away goals, coin toss, walkover or NA</source>
        <translation>„%1“ ist kein Ergebnis eines Elfmeterschießens (4-3), weder away goals, coin toss, walkover noch NA</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 has no return match in %2; it is no tie</source>
        <translation>%1 hat kein Rückspiel in %2; das ist kein Duell</translation>
    </message>
    <message>
        <source>%1 play %2 legs in %3; none of them is read as a tie</source>
        <translation>%1 bestreiten %2 Spiele in %3; keines davon wird als Duell gelesen</translation>
    </message>
    <message>
        <source>%1 is at home in both legs; it is no tie</source>
        <translation>%1 hat in beiden Spielen Heimrecht; das ist kein Duell</translation>
    </message>
    <message>
        <source>the row says leg 2, but the match is the first of the tie, on line %1 the second</source>
        <translation>die Zeile nennt Spiel 2, aber das Spiel ist das erste des Duells, das zweite steht in Zeile %1</translation>
    </message>
    <message>
        <source>the row says leg 1, but the match is the second of the tie, on line %1 the first</source>
        <translation>die Zeile nennt Spiel 1, aber das Spiel ist das zweite des Duells, das erste steht in Zeile %1</translation>
    </message>
    <message>
        <source>a second play-off of %1; only the first, on line %2, is read</source>
        <translation>ein zweites Entscheidungsspiel von %1; nur das erste, in Zeile %2, wird gelesen</translation>
    </message>
    <message>
        <source>%1: 1 single match, not a two-legged tie</source>
        <translation>%1: 1 Einzelspiel, kein Duell mit Hin- und Rückspiel</translation>
    </message>
    <message>
        <source>%1: %2 single matches, not two-legged ties</source>
        <translation>%1: %2 Einzelspiele, keine Duelle mit Hin- und Rückspiel</translation>
    </message>
</context>
<context>
    <name>FootballTxtReader</name>
    <message>
        <source>openfootball&apos;s Football.TXT, where rounds &quot;» Round of 16&quot; list dates &quot;Tue Feb/12 2019&quot; and matches &quot;21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)&quot;, and a tie is a match and its return match in the same round</source>
        <translation>Football.TXT von openfootball, wo Runden „» Round of 16“ Daten „Tue Feb/12 2019“ und Spiele „21.00  HEIM (ENG) v GAST (FRA)  0-2 (0-0)“ auflisten und ein Duell aus einem Spiel und seinem Rückspiel in derselben Runde besteht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the date was ignored</source>
        <translation>„%1“ nach dem Datum wurde ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the matches below it have no date</source>
        <translation>„%1“ ist kein Datum: Die Spiele darunter haben kein Datum</translation>
    </message>
    <message>
        <source>%1 was a %2, not a %3: the date was taken as written</source>
        <translation>%1 war ein %2, kein %3: Das Datum wurde so übernommen, wie es dasteht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year, and neither the title nor a date above gives one: write it as in &quot;Tue Feb/12 2019&quot;; the matches below it have no date</source>
        <translation>„%1“ hat kein Jahr, und weder der Titel noch ein Datum darüber nennt eines: Schreiben Sie es wie in „Tue Feb/12 2019“; die Spiele darunter haben kein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on that weekday neither in %2 nor in %3: taken as in %4</source>
        <translation>„%1“ fällt weder %2 noch %3 auf diesen Wochentag: als %4 übernommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: the match has no kick-off time</source>
        <translation>„%1“ ist keine Uhrzeit: Das Spiel hat keine Anstoßzeit</translation>
    </message>
    <message>
        <source>unrecognised line &quot;%1&quot;: expected a round &quot;» Round of 16&quot;, a date &quot;Tue Feb/12 2019&quot; or a match &quot;21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)&quot;</source>
        <translation>unbekannte Zeile „%1“: erwartet wurde eine Runde „» Round of 16“, ein Datum „Tue Feb/12 2019“ oder ein Spiel „21.00  HEIM (ENG) v GAST (FRA)  0-2 (0-0)“</translation>
    </message>
    <message>
        <source>a match needs two clubs, &quot;HOME (ENG) v AWAY (FRA)&quot;: %1 is empty; the match was skipped</source>
        <translation>ein Spiel braucht zwei Vereine, „HEIM (ENG) v GAST (FRA)“: %1 ist leer; das Spiel wurde übersprungen</translation>
    </message>
    <message>
        <source>the home club</source>
        <translation>der Heimverein</translation>
    </message>
    <message>
        <source>the away club</source>
        <translation>der Gastverein</translation>
    </message>
    <message>
        <source>%1; the match and the tie it belongs to were skipped</source>
        <translation>%1; das Spiel und sein Duell wurden übersprungen</translation>
    </message>
    <message>
        <source>expected a score such as 2-1 here, found &quot;%1&quot;</source>
        <translation>hier wurde ein Ergebnis wie 2-1 erwartet, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>more than %1 goals for one side is not a score</source>
        <translation>mehr als %1 Tore für eine Seite sind kein Ergebnis</translation>
    </message>
    <message>
        <source>more than two scores in brackets: expected &quot;(1-0)&quot; or, after &quot;a.e.t.&quot;, &quot;(2-1, 1-0)&quot;</source>
        <translation>mehr als zwei Ergebnisse in Klammern: erwartet wurde „(1-0)“ oder, nach „a.e.t.“, „(2-1, 1-0)“</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot; after the score in brackets</source>
        <translation>nach dem Ergebnis in Klammern wurde „,“ oder „)“ erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the result was ignored</source>
        <translation>„%1“ nach dem Ergebnis wurde ignoriert</translation>
    </message>
    <message>
        <source>&quot;a.e.t.&quot; without &quot;(2-1, 1-0)&quot;: the score after 90 minutes is not given</source>
        <translation>„a.e.t.“ ohne „(2-1, 1-0)“: Das Ergebnis nach 90 Minuten fehlt</translation>
    </message>
    <message>
        <source>two scores in brackets without &quot;a.e.t.&quot;: read the second as the half-time score</source>
        <translation>zwei Ergebnisse in Klammern ohne „a.e.t.“: das zweite wurde als Halbzeitstand gelesen</translation>
    </message>
    <message>
        <source>Matches before any round</source>
        <translation>Spiele vor jeder Runde</translation>
    </message>
    <message>
        <source>%1: 1 single match, not a two-legged tie</source>
        <translation>%1: 1 Einzelspiel, kein Duell mit Hin- und Rückspiel</translation>
    </message>
    <message>
        <source>%1: %2 single matches, not two-legged ties</source>
        <translation>%1: %2 Einzelspiele, keine Duelle mit Hin- und Rückspiel</translation>
    </message>
    <message>
        <source>%1 v %2 (line %3)</source>
        <translation>%1 v %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1: %2 without a return match in the round, so not part of a tie: %3</source>
        <translation>%1: %2 ohne Rückspiel in der Runde, also Teil keines Duells: %3</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Spiel</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Spiele</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>the file is UTF-16 (little endian) text, not UTF-8; read it as such</source>
        <translation>die Datei ist UTF-16-Text (Little Endian), nicht UTF-8; als solcher gelesen</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big endian) text, not UTF-8; read it as such</source>
        <translation>die Datei ist UTF-16-Text (Big Endian), nicht UTF-8; als solcher gelesen</translation>
    </message>
    <message>
        <source>the line is %1 bytes long, more than the %2 bytes a line may have; it was skipped</source>
        <translation>die Zeile ist %1 Bytes lang, mehr als die erlaubten %2 Bytes; sie wurde übersprungen</translation>
    </message>
    <message>
        <source>the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped</source>
        <translation>die Zeile enthält ein NUL-Byte (Binärdaten oder Text, der nicht UTF-8 ist); sie wurde übersprungen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (first at line %1); read it as Windows-1252</source>
        <translation>die Datei ist kein gültiges UTF-8 (zuerst in Zeile %1); als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>more than %1 lines are not part of a tie; the ones from here on are not listed one by one</source>
        <translation>mehr als %1 Zeilen gehören zu keinem Duell; die weiteren werden nicht einzeln aufgeführt</translation>
    </message>
    <message>
        <source>its second leg</source>
        <translation>sein Rückspiel</translation>
    </message>
    <message>
        <source>its dates line</source>
        <translation>seine Datumszeile</translation>
    </message>
    <message>
        <source>the tie from line %1 is incomplete: expected %2 here; that tie was skipped</source>
        <translation>das Duell aus Zeile %1 ist unvollständig: hier wurde %2 erwartet; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>the file ends before this tie is complete: %1 is missing; the tie was skipped</source>
        <translation>die Datei endet, bevor dieses Duell vollständig ist: %1 fehlt; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>unrecognised line &quot;%1&quot;: expected a tie&apos;s first leg &quot;1st(1st leg) HOME - AWAY 2:1 (1:0)&quot;, its second leg &quot;2nd (2nd leg) AWAY - HOME 1:1 (0:0)&quot; or its dates &quot;1st(1st leg): 03/07/2012 ...&quot;</source>
        <translation>unbekannte Zeile „%1“: erwartet wurde das Hinspiel eines Duells „1st(1st leg) HEIM - GAST 2:1 (1:0)“, sein Rückspiel „2nd (2nd leg) GAST - HEIM 1:1 (0:0)“ oder seine Daten „1st(1st leg): 03/07/2012 ...“</translation>
    </message>
    <message>
        <source>a second leg with no first leg before it: expected &quot;1st(1st leg) HOME - AWAY ...&quot; first; this tie was skipped</source>
        <translation>ein Rückspiel ohne vorheriges Hinspiel: zuerst wurde „1st(1st leg) HEIM - GAST ...“ erwartet; dieses Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>a second &quot;2nd (2nd leg)&quot; line for the tie from line %1: expected its dates line; that tie was skipped</source>
        <translation>eine zweite „2nd (2nd leg)“-Zeile für das Duell aus Zeile %1: erwartet wurde seine Datumszeile; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>a dates line with no tie before it: expected the first leg &quot;1st(1st leg) HOME - AWAY ...&quot;</source>
        <translation>eine Datumszeile ohne vorheriges Duell: erwartet wurde das Hinspiel „1st(1st leg) HEIM - GAST ...“</translation>
    </message>
    <message>
        <source>expected a score such as 1:0 here</source>
        <translation>hier wurde ein Ergebnis wie 1:0 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: expected the goals of each side in digits, such as 2:1</source>
        <translation>„%1“ ist kein Ergebnis: erwartet wurden die Tore beider Seiten in Ziffern, etwa 2:1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: goals cannot be negative</source>
        <translation>„%1“ ist kein Ergebnis: Tore können nicht negativ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: more than %2 goals</source>
        <translation>„%1“ ist kein Ergebnis: mehr als %2 Tore</translation>
    </message>
    <message>
        <source>a closing bracket &quot;)&quot; with no opening bracket before it</source>
        <translation>eine schließende Klammer „)“ ohne vorherige öffnende Klammer</translation>
    </message>
    <message>
        <source>expected two clubs and a result, such as &quot;Víkingur - FK Gomel 0:6 (0:0)&quot;</source>
        <translation>erwartet wurden zwei Vereine und ein Ergebnis, etwa „Víkingur - FK Gomel 0:6 (0:0)“</translation>
    </message>
    <message>
        <source>expected the two clubs separated by &quot; - &quot;, such as &quot;Víkingur - FK Gomel&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wurden die beiden Vereine, getrennt durch „ - “, etwa „Víkingur - FK Gomel“, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status word such as abor., found &quot;%1&quot;</source>
        <translation>erwartet wurde ein Ergebnis am Zeilenende, etwa 2:1, 2:1 (1:0), -:- oder ein Statuswort wie abor., gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>more than three scores in brackets: expected at most half time, after 90 minutes and after extra time</source>
        <translation>mehr als drei Ergebnisse in Klammern: erwartet wurden höchstens Halbzeit, nach 90 Minuten und nach Verlängerung</translation>
    </message>
    <message>
        <source>%1 scores in brackets but no &quot;aet&quot; or &quot;pso&quot; after them: read the first as the half-time score and ignored the others</source>
        <translation>%1 Ergebnisse in Klammern, aber kein „aet“ oder „pso“ danach: das erste als Halbzeitstand gelesen, die anderen ignoriert</translation>
    </message>
    <message>
        <source>&quot;aet&quot; with only one score in brackets: read it as the half-time score; the score after 90 minutes is not given</source>
        <translation>„aet“ mit nur einem Ergebnis in Klammern: als Halbzeitstand gelesen; der Stand nach 90 Minuten fehlt</translation>
    </message>
    <message>
        <source>&quot;aet&quot; without scores in brackets: the half-time score and the score after 90 minutes are not given</source>
        <translation>„aet“ ohne Ergebnisse in Klammern: Halbzeitstand und Stand nach 90 Minuten fehlen</translation>
    </message>
    <message>
        <source>three scores in brackets with &quot;aet&quot;: expected half time and after 90 minutes; the third was ignored</source>
        <translation>drei Ergebnisse in Klammern mit „aet“: erwartet wurden Halbzeit und nach 90 Minuten; das dritte wurde ignoriert</translation>
    </message>
    <message>
        <source>&quot;pso&quot; with %1 score(s) in brackets: expected half time and after 90 minutes (and after extra time, if it was played); the score before the shoot-out is not given</source>
        <translation>„pso“ mit %1 Ergebnis(sen) in Klammern: erwartet wurden Halbzeit und nach 90 Minuten (und nach Verlängerung, falls gespielt); der Stand vor dem Elfmeterschießen fehlt</translation>
    </message>
    <message>
        <source>second leg names %1 - %2, but the first leg was %3 - %4; the tie was skipped</source>
        <translation>das Rückspiel nennt %1 - %2, das Hinspiel war aber %3 - %4; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>no date for the first leg</source>
        <translation>kein Datum für das Hinspiel</translation>
    </message>
    <message>
        <source>no date for the second leg</source>
        <translation>kein Datum für das Rückspiel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected day/month/year, such as 03/07/2012; the tie was skipped</source>
        <translation>„%1“ ist kein Datum: erwartet wurde Tag/Monat/Jahr, etwa 03/07/2012; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2; the tie was skipped</source>
        <translation>„%1“ ist kein Datum: Es gibt keinen Monat %2; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that month has %2 days; the tie was skipped</source>
        <translation>„%1“ ist kein Datum: Dieser Monat hat %2 Tage; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was skipped</source>
        <translation>„%1“ ist keine Uhrzeit: erwartet wurden Stunden und Minuten von 00:00 bis 23:59; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>expected &quot;2nd (2nd leg):&quot; and the second leg&apos;s date after the first leg&apos;s date, found &quot;%1&quot;; the tie was skipped</source>
        <translation>erwartet wurden „2nd (2nd leg):“ und das Datum des Rückspiels nach dem Datum des Hinspiels, gefunden wurde „%1“; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>no &quot;Winner:&quot; at the end of the dates line; read the winner as not stated</source>
        <translation>kein „Winner:“ am Ende der Datumszeile; der Sieger gilt als nicht angegeben</translation>
    </message>
    <message>
        <source>expected &quot;Winner:&quot; and the winning club after the dates, found &quot;%1&quot;; the tie was skipped</source>
        <translation>erwartet wurden „Winner:“ und der siegreiche Verein nach den Daten, gefunden wurde „%1“; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>standard input cannot be read: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>too many &quot; - &quot; separators to tell the two clubs apart</source>
        <translation>zu viele Trennzeichen „ - “, um die beiden Vereine auseinanderzuhalten</translation>
    </message>
    <message>
        <source>%1 scores in brackets before &quot;dec.&quot;: read the first as the half-time score and ignored the others</source>
        <translation>%1 Ergebnisse in Klammern vor „dec.“: das erste als Halbzeitstand gelesen, die übrigen ignoriert</translation>
    </message>
    <message>
        <source>%1; the tie was skipped</source>
        <translation>%1; das Duell wurde übersprungen</translation>
    </message>
    <message>
        <source>no ties found</source>
        <translation>keine Duelle gefunden</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>; nor </source>
        <translation>; noch </translation>
    </message>
    <message>
        <source>a worldfootball.net round table, where a tie is three lines: its first leg &quot;1st(1st leg) HOME - AWAY 2:1 (1:0)&quot;, its second leg &quot;2nd (2nd leg) AWAY - HOME 1:1 (0:0)&quot; and its dates &quot;1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: HOME&quot;</source>
        <translation>eine Rundentabelle von worldfootball.net, in der ein Duell drei Zeilen hat: das Hinspiel „1st(1st leg) HEIM - GAST 2:1 (1:0)“, das Rückspiel „2nd (2nd leg) GAST - HEIM 1:1 (0:0)“ und die Daten „1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: HEIM“</translation>
    </message>
    <message>
        <source>%1: this is in none of the formats Tie Browser reads, %2</source>
        <translation>%1: Das ist in keinem der Formate, die Tie Browser liest, %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>UEFA&apos;s rules of the day</source>
        <translation>UEFA-Regeln der jeweiligen Saison</translation>
    </message>
    <message>
        <source>Away goals always count</source>
        <translation>Auswärtstore zählen immer</translation>
    </message>
    <message>
        <source>Away goals count in every tie, those scored in extra time too.</source>
        <translation>Auswärtstore zählen in jedem Duell, auch die in der Verlängerung erzielten.</translation>
    </message>
    <message>
        <source>No away goals rule</source>
        <translation>Keine Auswärtstorregel</translation>
    </message>
    <message>
        <source>A tie level on aggregate goes to extra time and then penalties; away goals never count.</source>
        <translation>Ein Duell mit ausgeglichenem Gesamtergebnis geht in die Verlängerung und dann ins Elfmeterschießen; Auswärtstore zählen nie.</translation>
    </message>
    <message>
        <source>Away goals, but not in extra time</source>
        <translation>Auswärtstore, aber nicht in der Verlängerung</translation>
    </message>
    <message>
        <source>Away goals count after 90 minutes of the second leg only; a tie still level after extra time goes to penalties.</source>
        <translation>Auswärtstore zählen nur nach 90 Minuten des Rückspiels; ein Duell, das nach Verlängerung noch ausgeglichen ist, geht ins Elfmeterschießen.</translation>
    </message>
    <message>
        <source>The rules of each era, by the season of the tie. Up to 1966-67 a tie level on aggregate went to a play-off, and a drawn play-off to a coin toss. From 1967-68 away goals counted first; then came a play-off (1967-68 and 1968-69), or extra time and a coin toss (1969-70). From 1970-71 penalties replaced the coin toss, and away goals counted in extra time too. From 2021-22 a tie level on aggregate goes to extra time and penalties.</source>
        <translation>Die Regeln jeder Epoche, nach der Spielzeit des Duells. Bis 1966-67 ging ein Duell mit gleichem Gesamtergebnis in ein Entscheidungsspiel, und ein unentschiedenes Entscheidungsspiel zum Münzwurf. Ab 1967-68 zählten zuerst die Auswärtstore; dann kam ein Entscheidungsspiel (1967-68 und 1968-69) oder Verlängerung und Münzwurf (1969-70). Ab 1970-71 ersetzte das Elfmeterschießen den Münzwurf, und Auswärtstore zählten auch in der Verlängerung. Ab 2021-22 geht ein Duell mit gleichem Gesamtergebnis in Verlängerung und Elfmeterschießen.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>(unknown club)</source>
        <translation>(unbekannter Verein)</translation>
    </message>
    <message>
        <source>first leg: the half-time score %1 is higher than the full-time score %2</source>
        <translation>Hinspiel: der Halbzeitstand %1 ist höher als der Endstand %2</translation>
    </message>
    <message>
        <source>second leg: the half-time score %1 is higher than the full-time score %2</source>
        <translation>Rückspiel: der Halbzeitstand %1 ist höher als der Endstand %2</translation>
    </message>
    <message>
        <source>first leg: the score after 90 minutes, %1, is higher than the score after extra time, %2</source>
        <translation>Hinspiel: der Stand nach 90 Minuten, %1, ist höher als der Stand nach Verlängerung, %2</translation>
    </message>
    <message>
        <source>second leg: the score after 90 minutes, %1, is higher than the score after extra time, %2</source>
        <translation>Rückspiel: der Stand nach 90 Minuten, %1, ist höher als der Stand nach Verlängerung, %2</translation>
    </message>
    <message>
        <source>the first leg records extra time or a penalty shoot-out, which only a second leg can have; its goals count in the aggregate, its shoot-out is ignored</source>
        <translation>das Hinspiel verzeichnet eine Verlängerung oder ein Elfmeterschießen, was nur ein Rückspiel haben kann; seine Tore zählen im Gesamtergebnis, sein Elfmeterschießen wird ignoriert</translation>
    </message>
    <message>
        <source>the second leg records extra time, but %1 had already gone through %2 after 90 minutes</source>
        <translation>das Rückspiel verzeichnet eine Verlängerung, aber %1 war schon nach 90 Minuten %2 weiter</translation>
    </message>
    <message>
        <source>the second leg records a penalty shoot-out, but %1 had already gone through %2</source>
        <translation>das Rückspiel verzeichnet ein Elfmeterschießen, aber %1 war schon %2 weiter</translation>
    </message>
    <message>
        <source>the penalty shoot-out is level at %1, so it names no winner; the tie is left undecided</source>
        <translation>das Elfmeterschießen steht unentschieden %1 und ergibt keinen Sieger; das Duell bleibt offen</translation>
    </message>
    <message>
        <source>the tie is level at %1 on aggregate after extra time, but no penalty shoot-out is recorded; the tie is left undecided</source>
        <translation>das Duell steht nach Verlängerung %1 im Gesamtergebnis, aber kein Elfmeterschießen ist verzeichnet; das Duell bleibt offen</translation>
    </message>
    <message>
        <source>the tie is level at %1 on aggregate after 90 minutes, but no extra time or penalty shoot-out is recorded; the tie is left undecided</source>
        <translation>das Duell steht nach 90 Minuten %1 im Gesamtergebnis, aber weder Verlängerung noch Elfmeterschießen sind verzeichnet; das Duell bleibt offen</translation>
    </message>
    <message>
        <source>the file says %1 won, but %1 is neither club of this tie (%2 - %3)</source>
        <translation>laut Datei hat %1 gewonnen, aber %1 ist keiner der Vereine dieses Duells (%2 - %3)</translation>
    </message>
    <message>
        <source>the file names no winner, but by the rules %1 went through %2</source>
        <translation>die Datei nennt keinen Sieger, aber nach den Regeln kam %1 %2 weiter</translation>
    </message>
    <message>
        <source>the file says %1 won, but by the rules %2 went through %3</source>
        <translation>laut Datei hat %1 gewonnen, aber nach den Regeln kam %2 %3 weiter</translation>
    </message>
    <message>
        <source>the file records a play-off, but %1 had already gone through %2</source>
        <translation>die Datei nennt ein Entscheidungsspiel, aber %1 war schon weiter %2</translation>
    </message>
    <message>
        <source>level after two legs: decided by a play-off or a coin toss that this file does not show</source>
        <translation>Gleichstand nach zwei Spielen: entschieden durch ein Entscheidungsspiel oder einen Münzwurf, den diese Datei nicht zeigt</translation>
    </message>
    <message>
        <source>the play-off is drawn (%1) and no coin toss is recorded; the tie is left undecided</source>
        <translation>das Entscheidungsspiel endete unentschieden (%1), und kein Münzwurf ist verzeichnet; das Duell bleibt offen</translation>
    </message>
    <message>
        <source>the file records a coin toss, but %1 went through %2</source>
        <translation>die Datei nennt einen Münzwurf, aber %1 kam weiter %2</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the export was stopped</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (on Debian, the package libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt fehlt (unter Debian das Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>SQLite failed without saying why</source>
        <translation>SQLite ist ohne Angabe eines Grundes gescheitert</translation>
    </message>
    <message>
        <source>the file name must end in .csv, .json, .sqlite or .db</source>
        <translation>der Dateiname muss auf .csv, .json, .sqlite oder .db enden</translation>
    </message>
</context>
<context>
    <name>TieSummary</name>
    <message>
        <source>How the ties were decided</source>
        <translation>Wie die Duelle entschieden wurden</translation>
    </message>
    <message>
        <source>Who went through</source>
        <translation>Wer weiterkam</translation>
    </message>
    <message>
        <source>Aggregate margin</source>
        <translation>Tordifferenz im Gesamtergebnis</translation>
    </message>
    <message>
        <source>Second-leg home club</source>
        <translation>Heimverein im Rückspiel</translation>
    </message>
    <message>
        <source>First-leg home club</source>
        <translation>Heimverein im Hinspiel</translation>
    </message>
    <message>
        <source>Level (0)</source>
        <translation>Gleichstand (0)</translation>
    </message>
    <message>
        <source>%1+ goals</source>
        <translation>%1+ Tore</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Tor</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 Tore</translation>
    </message>
    <message>
        <source>of the %1 decided ties, awarded ones included</source>
        <translation>von den %1 entschiedenen Duellen, die am grünen Tisch entschiedenen eingeschlossen</translation>
    </message>
    <message>
        <source>of the %1 ties with a score in both legs, extra time included, shoot-outs not counted</source>
        <translation>von den %1 Duellen mit Ergebnis in beiden Spielen, mit Verlängerung, ohne Elfmeterschießen</translation>
    </message>
</context>
<context>
    <name>TieText</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not played yet</source>
        <translation>Noch nicht gespielt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verlegt</translation>
    </message>
    <message>
        <source>Walkover</source>
        <translation>Kampflos</translation>
    </message>
    <message>
        <source>Did not play</source>
        <translation>Nicht angetreten</translation>
    </message>
    <message>
        <source>Decided at the table</source>
        <translation>Nachträglich gewertet</translation>
    </message>
    <message>
        <source>%1 a.e.t. (%2 after 90)</source>
        <translation>%1 n.V. (%2 nach 90 Min.)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 on penalties</source>
        <translation>%1, %2 i.E.</translation>
    </message>
    <message>
        <source>%1 through, %2 on aggregate</source>
        <translation>%1 weiter, %2 im Gesamtergebnis</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through on away goals, %3 to %4</source>
        <translation>%1 im Gesamtergebnis; %2 weiter durch die Auswärtstorregel, %3 zu %4</translation>
    </message>
    <message>
        <source>Level %1 after 90 minutes; %2 through in extra time, %3 on aggregate</source>
        <translation>%1 nach 90 Minuten; %2 weiter in der Verlängerung, %3 im Gesamtergebnis</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through on away goals scored in extra time</source>
        <translation>%1 im Gesamtergebnis; %2 weiter durch Auswärtstore in der Verlängerung</translation>
    </message>
    <message>
        <source>Level %1 on aggregate after extra time; %2 through on penalties, %3</source>
        <translation>%1 im Gesamtergebnis nach Verlängerung; %2 weiter im Elfmeterschießen, %3</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through on penalties, %3</source>
        <translation>%1 im Gesamtergebnis; %2 weiter im Elfmeterschießen, %3</translation>
    </message>
    <message>
        <source>Awarded (%1), but the file names no winner</source>
        <translation>Gewertet (%1), aber die Datei nennt keinen Sieger</translation>
    </message>
    <message>
        <source>%1 through, awarded (%2)</source>
        <translation>%1 weiter, gewertet (%2)</translation>
    </message>
    <message>
        <source>Not decided: first leg %1</source>
        <translation>Nicht entschieden: Hinspiel %1</translation>
    </message>
    <message>
        <source>Not decided: second leg %1</source>
        <translation>Nicht entschieden: Rückspiel %1</translation>
    </message>
    <message>
        <source>Level %1 on aggregate, with no extra time or shoot-out recorded</source>
        <translation>%1 im Gesamtergebnis, ohne verzeichnete Verlängerung oder Elfmeterschießen</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>The file names %1 as the winner, which is neither club.</source>
        <translation>Die Datei nennt %1 als Sieger, was keiner der beiden Vereine ist.</translation>
    </message>
    <message>
        <source>no winner</source>
        <translation>kein Sieger</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>The file says %1 went through, but by the rules it is %2.</source>
        <translation>Laut Datei kam %1 weiter, nach den Regeln aber %2.</translation>
    </message>
    <message>
        <source>%1: half-time score %2 is above the full-time score %3.</source>
        <translation>%1: Der Halbzeitstand %2 liegt über dem Endstand %3.</translation>
    </message>
    <message>
        <source>%1: the score after 90 minutes, %2, is above the score after extra time, %3.</source>
        <translation>%1: Der Stand nach 90 Minuten, %2, liegt über dem Stand nach Verlängerung, %3.</translation>
    </message>
    <message>
        <source>First leg</source>
        <translation>Hinspiel</translation>
    </message>
    <message>
        <source>Second leg</source>
        <translation>Rückspiel</translation>
    </message>
    <message>
        <source>The scores of this tie do not add up; see the Problems list.</source>
        <translation>Die Ergebnisse dieses Duells passen nicht zusammen; siehe die Problemliste.</translation>
    </message>
    <message>
        <source>%1 aet (%2, %3)</source>
        <translation>%1 n.V. (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 pens</source>
        <translation>%1 (%2), %3 i.E.</translation>
    </message>
    <message>
        <source>%1 aet (%2, %3), %4 pens</source>
        <translation>%1 n.V. (%2, %3), %4 i.E.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No result: %1</source>
        <translation>Kein Ergebnis: %1</translation>
    </message>
    <message>
        <source>Half time: %1</source>
        <translation>Halbzeit: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Full time: %1</source>
        <translation>Endstand: %1</translation>
    </message>
    <message>
        <source>After extra time: %1</source>
        <translation>Nach Verlängerung: %1</translation>
    </message>
    <message>
        <source>Penalty shoot-out: %1</source>
        <translation>Elfmeterschießen: %1</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>Away goals</source>
        <translation>Auswärtstore</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Away goals (a.e.t.)</source>
        <translation>Auswärtstore (n.V.)</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Elfmeterschießen</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Am grünen Tisch</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>on aggregate (%1)</source>
        <translation>nach Gesamtergebnis (%1)</translation>
    </message>
    <message>
        <source>on away goals (level at %1 on aggregate, %2 on away goals)</source>
        <translation>durch die Auswärtstorregel (%1 im Gesamtergebnis, %2 bei den Auswärtstoren)</translation>
    </message>
    <message>
        <source>after extra time (%1 on aggregate)</source>
        <translation>nach Verlängerung (%1 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>on away goals scored in extra time (level at %1 on aggregate, %2 on away goals)</source>
        <translation>durch Auswärtstore in der Verlängerung (%1 im Gesamtergebnis, %2 bei den Auswärtstoren)</translation>
    </message>
    <message>
        <source>on penalties (%1 in the shoot-out after %2 on aggregate)</source>
        <translation>im Elfmeterschießen (%1 im Elfmeterschießen nach %2 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>by a decision off the pitch</source>
        <translation>durch eine Entscheidung am grünen Tisch</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 through on aggregate, %2</source>
        <translation>%1 weiter nach Gesamtergebnis, %2</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through on away goals, %3</source>
        <translation>%1 im Gesamtergebnis; %2 weiter durch die Auswärtstorregel, %3</translation>
    </message>
    <message>
        <source>%1 through after extra time, %2 on aggregate</source>
        <translation>%1 weiter nach Verlängerung, %2 im Gesamtergebnis</translation>
    </message>
    <message>
        <source>Level %1 on aggregate after extra time; %2 through on away goals (extra time included), %3</source>
        <translation>%1 im Gesamtergebnis nach Verlängerung; %2 weiter durch die Auswärtstorregel (mit Verlängerung), %3</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 won the penalty shoot-out %3</source>
        <translation>%1 im Gesamtergebnis; %2 gewann das Elfmeterschießen %3</translation>
    </message>
    <message>
        <source>Awarded to %1 (%2)</source>
        <translation>Für %1 gewertet (%2)</translation>
    </message>
    <message>
        <source>Awarded (%1)</source>
        <translation>Gewertet (%1)</translation>
    </message>
    <message>
        <source>Not decided yet: a leg has not been played</source>
        <translation>Noch nicht entschieden: Ein Spiel wurde noch nicht gespielt</translation>
    </message>
    <message>
        <source>Not decided: the scores in the file do not settle the tie</source>
        <translation>Nicht entschieden: Die Ergebnisse in der Datei entscheiden das Duell nicht</translation>
    </message>
    <message>
        <source>The file names %1 as the winner, which is neither club</source>
        <translation>Die Datei nennt %1 als Sieger, was keiner der beiden Vereine ist</translation>
    </message>
    <message>
        <source>The file names no winner</source>
        <translation>Die Datei nennt keinen Sieger</translation>
    </message>
    <message>
        <source>The file names %1 as the winner</source>
        <translation>Die Datei nennt %1 als Sieger</translation>
    </message>
    <message>
        <source>%1, but by the rules the tie is not decided</source>
        <translation>%1, nach den Regeln ist das Duell aber nicht entschieden</translation>
    </message>
    <message>
        <source>%1, but by the rules %2 went through</source>
        <translation>%1, nach den Regeln kam aber %2 weiter</translation>
    </message>
    <message>
        <source>Some scores in this tie do not add up; see the Problems list</source>
        <translation>Einige Ergebnisse dieses Duells passen nicht zusammen; siehe die Problemliste</translation>
    </message>
    <message>
        <source>the first leg awarded %1</source>
        <translation>das Hinspiel mit %1 gewertet</translation>
    </message>
    <message>
        <source>the second leg awarded %1</source>
        <translation>das Rückspiel mit %1 gewertet</translation>
    </message>
    <message>
        <source>the first leg awarded %1 to %2</source>
        <translation>das Hinspiel mit %1 für %2 gewertet</translation>
    </message>
    <message>
        <source>the second leg awarded %1 to %2</source>
        <translation>das Rückspiel mit %1 für %2 gewertet</translation>
    </message>
    <message>
        <source>%1, awarded</source>
        <translation>%1, am grünen Tisch</translation>
    </message>
    <message>
        <source>%1 (%2) dec.</source>
        <translation>%1 (%2) gew.</translation>
    </message>
    <message>
        <source>%1 dec.</source>
        <translation>%1 gew.</translation>
    </message>
    <message>
        <source>Awarded at the table: %1</source>
        <translation>Am grünen Tisch gewertet: %1</translation>
    </message>
    <message>
        <source>with an awarded leg (%1 on aggregate)</source>
        <translation>mit einem am grünen Tisch gewerteten Spiel (%1 in der Summe)</translation>
    </message>
    <message>
        <source>Level %1 on aggregate with %2, but the file names no winner</source>
        <translation>In der Summe %1 gleich, %2, aber die Datei nennt keinen Sieger</translation>
    </message>
    <message>
        <source>%1 through: %2, %3 on aggregate</source>
        <translation>%1 weiter: %2, %3 in der Summe</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a round, then its file</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>through on aggregate against %1 (%2)</source>
        <translation>weiter nach Gesamtergebnis gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out on aggregate against %1 (%2)</source>
        <translation>ausgeschieden nach Gesamtergebnis gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through on away goals against %1 (%2)</source>
        <translation>weiter durch die Auswärtstorregel gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out on away goals against %1 (%2)</source>
        <translation>ausgeschieden durch die Auswärtstorregel gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through after extra time against %1 (%2)</source>
        <translation>weiter nach Verlängerung gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out after extra time against %1 (%2)</source>
        <translation>ausgeschieden nach Verlängerung gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through on away goals in extra time against %1 (%2)</source>
        <translation>weiter durch Auswärtstore in der Verlängerung gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out on away goals in extra time against %1 (%2)</source>
        <translation>ausgeschieden durch Auswärtstore in der Verlängerung gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through on penalties against %1 (%2)</source>
        <translation>weiter im Elfmeterschießen gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out on penalties against %1 (%2)</source>
        <translation>ausgeschieden im Elfmeterschießen gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through against %1, awarded (%2)</source>
        <translation>weiter gegen %1, am grünen Tisch (%2)</translation>
    </message>
    <message>
        <source>out against %1, awarded (%2)</source>
        <translation>ausgeschieden gegen %1, am grünen Tisch (%2)</translation>
    </message>
    <message>
        <source>against %1 (%2), not decided</source>
        <translation>gegen %1 (%2), nicht entschieden</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>date (source), outcome</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Play-off</source>
        <translation>Entscheidungsspiel</translation>
    </message>
    <message>
        <source>Coin toss</source>
        <translation>Münzwurf</translation>
    </message>
    <message>
        <source>in a play-off (level at %1 on aggregate)</source>
        <translation>in einem Entscheidungsspiel (%1 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>in a play-off (%1, after %2 on aggregate)</source>
        <translation>in einem Entscheidungsspiel (%1, nach %2 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>on a coin toss after a drawn play-off (level at %1 on aggregate)</source>
        <translation>durch Münzwurf nach einem unentschiedenen Entscheidungsspiel (%1 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>on a coin toss (level at %1 on aggregate)</source>
        <translation>durch Münzwurf (%1 im Gesamtergebnis)</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <comment>play-off: first club, second club, result</comment>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>play-off result, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through in a play-off</source>
        <translation>%1 im Gesamtergebnis; %2 weiter im Entscheidungsspiel</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through in a play-off, %3 after extra time</source>
        <translation>%1 im Gesamtergebnis; %2 weiter im Entscheidungsspiel, %3 nach Verlängerung</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through in a play-off, %3</source>
        <translation>%1 im Gesamtergebnis; %2 weiter im Entscheidungsspiel, %3</translation>
    </message>
    <message>
        <source>Level %1 on aggregate and %2 in the play-off; %3 through on a coin toss</source>
        <translation>%1 im Gesamtergebnis und %2 im Entscheidungsspiel; %3 weiter durch Münzwurf</translation>
    </message>
    <message>
        <source>Level %1 on aggregate after extra time; %2 through on a coin toss</source>
        <translation>%1 im Gesamtergebnis nach Verlängerung; %2 weiter durch Münzwurf</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 through on a coin toss</source>
        <translation>%1 im Gesamtergebnis; %2 weiter durch Münzwurf</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 won the play-off %3</source>
        <translation>%1 im Gesamtergebnis; %2 gewann das Entscheidungsspiel %3</translation>
    </message>
    <message>
        <source>Level %1 on aggregate; %2 won a play-off</source>
        <translation>%1 im Gesamtergebnis; %2 gewann ein Entscheidungsspiel</translation>
    </message>
    <message>
        <source>through in a play-off against %1 (%2)</source>
        <translation>weiter im Entscheidungsspiel gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out in a play-off against %1 (%2)</source>
        <translation>ausgeschieden im Entscheidungsspiel gegen %1 (%2)</translation>
    </message>
    <message>
        <source>through on a coin toss against %1 (%2)</source>
        <translation>weiter durch Münzwurf gegen %1 (%2)</translation>
    </message>
    <message>
        <source>out on a coin toss against %1 (%2)</source>
        <translation>ausgeschieden durch Münzwurf gegen %1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tie Browser</source>
        <translation>Tie Browser</translation>
    </message>
</context>
<context>
    <name>tb::AggregateChart</name>
    <message>
        <source>First-leg home club</source>
        <translation>Heimverein im Hinspiel</translation>
    </message>
    <message>
        <source>First-leg away club</source>
        <translation>Gastverein im Hinspiel</translation>
    </message>
    <message>
        <source>Went through</source>
        <translation>Weitergekommen</translation>
    </message>
    <message>
        <source>%1. %2 %3:%4 %5</source>
        <translation>%1. %2 %3:%4 %5</translation>
    </message>
    <message>
        <source>no ties to show</source>
        <translation>keine Duelle anzuzeigen</translation>
    </message>
    <message>
        <source>one tie</source>
        <translation>ein Duell</translation>
    </message>
    <message>
        <source>all %1 ties</source>
        <translation>alle %1 Duelle</translation>
    </message>
    <message>
        <source>ties %1–%2 of %3 (page %4 of %5)</source>
        <translation>Duelle %1–%2 von %3 (Seite %4 von %5)</translation>
    </message>
    <message>
        <source>Aggregate score of each tie, in the table&apos;s order&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>Gesamtergebnis jedes Duells, in der Reihenfolge der Tabelle&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Goals on aggregate (shoot-outs not counted)</source>
        <translation>Tore im Gesamtergebnis (ohne Elfmeterschießen)</translation>
    </message>
    <message>
        <source>No ties</source>
        <translation>Keine Duelle</translation>
    </message>
    <message>
        <source>Ties %1–%2 of %3</source>
        <translation>Duelle %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>tb::BracketChart</name>
    <message>
        <source>AG</source>
        <comment>decided on away goals</comment>
        <translation>ATR</translation>
    </message>
    <message>
        <source>aet</source>
        <comment>decided in extra time</comment>
        <translation>n.V.</translation>
    </message>
    <message>
        <source>AG aet</source>
        <comment>away goals in extra time</comment>
        <translation>ATR n.V.</translation>
    </message>
    <message>
        <source>pens</source>
        <comment>decided on penalties</comment>
        <translation>i.E.</translation>
    </message>
    <message>
        <source>awd</source>
        <comment>awarded at the table</comment>
        <translation>grT</translation>
    </message>
    <message>
        <source>open</source>
        <comment>not decided</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>round name (file name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Knockout bracket</source>
        <translation>K.-o.-Baum</translation>
    </message>
    <message>
        <source>A round of %1 ties: more than a bracket draws (%2 ties a round)</source>
        <translation>Eine Runde mit %1 Duellen: mehr, als ein K.-o.-Baum zeichnet (%2 Duelle je Runde)</translation>
    </message>
    <message>
        <source>%1 rounds of %2 ties in all: more than a bracket draws (%3 ties a round)</source>
        <translation>%1 Runden mit insgesamt %2 Duellen: mehr, als ein K.-o.-Baum zeichnet (%3 Duelle je Runde)</translation>
    </message>
    <message>
        <source>No knockout round: clubs play more than one tie in %1</source>
        <translation>Keine K.-o.-Runde: In %1 bestreiten Vereine mehr als ein Duell</translation>
    </message>
    <message>
        <source>No ties to show</source>
        <translation>Keine Duelle anzuzeigen</translation>
    </message>
    <message>
        <source>One round, one tie</source>
        <translation>Eine Runde, ein Duell</translation>
    </message>
    <message>
        <source>One round, %1 ties</source>
        <translation>Eine Runde, %1 Duelle</translation>
    </message>
    <message>
        <source>%1 rounds that follow one another, %2 ties</source>
        <translation>%1 aufeinanderfolgende Runden, %2 Duelle</translation>
    </message>
    <message>
        <source>%1 rounds, %2 ties; they do not all chain (no club of one is a winner of the round before), so %3 groups stand in separate columns</source>
        <translation>%1 Runden, %2 Duelle; sie folgen nicht alle aufeinander (kein Verein der einen hat die Runde davor gewonnen), daher stehen %3 Gruppen in getrennten Spalten</translation>
    </message>
    <message>
        <source>the path of the clubs matching “%1” highlighted</source>
        <translation>der Weg der Vereine, die zu „%1“ passen, hervorgehoben</translation>
    </message>
    <message>
        <source>+ entered in that round</source>
        <translation>+ in dieser Runde eingestiegen</translation>
    </message>
    <message>
        <source>a round left out: a bracket draws up to %1 ties (%2 a round)</source>
        <translation>eine Runde weggelassen: ein K.-o.-Baum zeichnet bis zu %1 Duelle (%2 je Runde)</translation>
    </message>
    <message>
        <source>%1 rounds left out: a bracket draws up to %2 ties (%3 a round)</source>
        <translation>%1 Runden weggelassen: ein K.-o.-Baum zeichnet bis zu %2 Duelle (%3 je Runde)</translation>
    </message>
    <message>
        <source>a round where clubs play more than one tie (%1) left out</source>
        <translation>eine Runde, in der Vereine mehr als ein Duell bestreiten (%1), weggelassen</translation>
    </message>
    <message>
        <source>%1 rounds where clubs play more than one tie (as %2) left out</source>
        <translation>%1 Runden, in denen Vereine mehr als ein Duell bestreiten (etwa %2), weggelassen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>+</source>
        <comment>entered in this round</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>%1 entered the competition in this round</source>
        <translation>%1 stieg in dieser Runde in den Wettbewerb ein</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Finalisten</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>p-o</source>
        <comment>decided in a play-off</comment>
        <translation>ES</translation>
    </message>
    <message>
        <source>toss</source>
        <comment>decided on a coin toss</comment>
        <translation>Los</translation>
    </message>
</context>
<context>
    <name>tb::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Scale for high-resolution images</source>
        <translation>Skalierung für hochauflösende Bilder</translation>
    </message>
    <message>
        <source>Raster images are drawn this many times larger, for sharp output on high-resolution screens and print</source>
        <translation>Rasterbilder werden so viele Male größer gezeichnet, für scharfe Ausgabe auf hochauflösenden Bildschirmen und im Druck</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Size of the written file</source>
        <translation>Größe der geschriebenen Datei</translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Das Bild wird %1 × %2 Pixel groß.</translation>
    </message>
    <message>
        <source>A vector drawing laid out at %1 × %2 pixels.</source>
        <translation>Eine Vektorzeichnung, angelegt für %1 × %2 Pixel.</translation>
    </message>
</context>
<context>
    <name>tb::ChartExporter</name>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>Das Diagramm kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>the file name must end in .png, .jpg, .jpeg, .svg or .pdf</source>
        <translation>der Dateiname muss auf .png, .jpg, .jpeg, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>the size %1x%2 is empty</source>
        <translation>die Größe %1x%2 ist leer</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1x%2 pixels</source>
        <translation>nicht genug Speicher für ein Bild von %1x%2 Pixeln</translation>
    </message>
    <message>
        <source>Chart exported by Tie Browser</source>
        <translation>Diagramm, exportiert von Tie Browser</translation>
    </message>
    <message>
        <source>the SVG drawing could not be started</source>
        <translation>die SVG-Zeichnung konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the SVG drawing could not be finished</source>
        <translation>die SVG-Zeichnung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>the PDF document could not be started</source>
        <translation>das PDF-Dokument konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF document could not be finished</source>
        <translation>das PDF-Dokument konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>tb::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Previous ties</source>
        <translation>Vorherige Duelle</translation>
    </message>
    <message>
        <source>Show the previous page of ties</source>
        <translation>Die vorherige Seite mit Duellen zeigen</translation>
    </message>
    <message>
        <source>Next ties</source>
        <translation>Nächste Duelle</translation>
    </message>
    <message>
        <source>Show the next page of ties</source>
        <translation>Die nächste Seite mit Duellen zeigen</translation>
    </message>
    <message>
        <source>Ties shown</source>
        <translation>Gezeigte Duelle</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Übersicht zeigen</translation>
    </message>
    <message>
        <source>How these ties were decided, who went through and by how many goals, in one chart</source>
        <translation>Wie diese Duelle entschieden wurden, wer weiterkam und mit wie vielen Toren Unterschied, in einem Diagramm</translation>
    </message>
    <message>
        <source>%1 ties: show the summary</source>
        <translation>%1 Duelle: Übersicht zeigen</translation>
    </message>
</context>
<context>
    <name>tb::ChartRegistry</name>
    <message>
        <source>Per-leg scores</source>
        <translation>Tore je Spiel</translation>
    </message>
    <message>
        <source>Each club&apos;s goals in both legs of the selected tie, by half</source>
        <translation>Die Tore jedes Vereins in Hin- und Rückspiel des gewählten Duells, nach Halbzeiten</translation>
    </message>
    <message>
        <source>Running aggregate</source>
        <translation>Verlauf des Gesamtergebnisses</translation>
    </message>
    <message>
        <source>The aggregate of both clubs through the selected tie, stage by stage</source>
        <translation>Das Gesamtergebnis beider Vereine im Lauf des gewählten Duells, Abschnitt für Abschnitt</translation>
    </message>
    <message>
        <source>Aggregate bars</source>
        <translation>Gesamtergebnis-Balken</translation>
    </message>
    <message>
        <source>Both clubs&apos; aggregate goals for every tie the filter leaves, in the table&apos;s order</source>
        <translation>Die Tore beider Vereine im Gesamtergebnis für jedes Duell, das der Filter übrig lässt, in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of chart kinds</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of chart kinds</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 (the first tie the filters leave)</source>
        <translation>%1 (das erste Duell, das die Filter übrig lassen)</translation>
    </message>
    <message>
        <source>%1 (all of them)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>How the ties the filter leaves were decided, who went through and by how many goals</source>
        <translation>Wie die Duelle, die der Filter übrig lässt, entschieden wurden, wer weiterkam und mit wie vielen Toren Unterschied</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>K.-o.-Baum</translation>
    </message>
    <message>
        <source>The knockout tree of the rounds the filter leaves, from the earliest to the last</source>
        <translation>Der K.-o.-Baum der Runden, die der Filter übrig lässt, von der frühesten bis zur letzten</translation>
    </message>
</context>
<context>
    <name>tb::FilterBar</name>
    <message>
        <source>Filter by club (Ctrl+F)</source>
        <translation>Nach Verein filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the ties of clubs whose name contains this text; case and accents do not matter. Esc clears it.</source>
        <translation>Zeigt die Duelle der Vereine, deren Name diesen Text enthält; Groß-/Kleinschreibung und Akzente spielen keine Rolle. Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Club filter</source>
        <translation>Vereinsfilter</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only ties with a leg on or after this date</source>
        <translation>Nur Duelle mit einem Spiel an oder nach diesem Datum</translation>
    </message>
    <message>
        <source>Limit the earliest date</source>
        <translation>Das früheste Datum begrenzen</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Frühestes Datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>Only ties with a leg on or before this date</source>
        <translation>Nur Duelle mit einem Spiel an oder vor diesem Datum</translation>
    </message>
    <message>
        <source>Limit the latest date</source>
        <translation>Das späteste Datum begrenzen</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Spätestes Datum</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Entschieden durch:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Only ties decided this way</source>
        <translation>Nur Duelle, die so entschieden wurden</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Only ties from this file</source>
        <translation>Nur Duelle aus dieser Datei</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>A filter is active: the table shows only the matching ties</source>
        <translation>Ein Filter ist aktiv: Die Tabelle zeigt nur die passenden Duelle</translation>
    </message>
    <message>
        <source>Filter active</source>
        <translation>Filter aktiv</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all ties again</source>
        <translation>Wieder alle Duelle zeigen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Alle Runden</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Only ties of this round, as the file names it (Football.TXT&apos;s &quot;» Round of 16&quot;)</source>
        <translation>Nur Duelle dieser Runde, wie die Datei sie nennt („» Round of 16“ in Football.TXT)</translation>
    </message>
</context>
<context>
    <name>tb::LegsChart</name>
    <message>
        <source>Goals</source>
        <translation>Tore</translation>
    </message>
    <message>
        <source>1st leg, home</source>
        <translation>Hinspiel, zu Hause</translation>
    </message>
    <message>
        <source>1st leg, away</source>
        <translation>Hinspiel, auswärts</translation>
    </message>
    <message>
        <source>2nd leg, home</source>
        <translation>Rückspiel, zu Hause</translation>
    </message>
    <message>
        <source>2nd leg, away</source>
        <translation>Rückspiel, auswärts</translation>
    </message>
    <message>
        <source>Goals by half: no tie selected</source>
        <translation>Tore nach Halbzeiten: kein Duell gewählt</translation>
    </message>
    <message>
        <source>1st leg</source>
        <translation>Hinspiel</translation>
    </message>
    <message>
        <source>2nd leg</source>
        <translation>Rückspiel</translation>
    </message>
    <message>
        <source>home</source>
        <translation>zu Hause</translation>
    </message>
    <message>
        <source>away</source>
        <translation>auswärts</translation>
    </message>
    <message>
        <source>no half-time score</source>
        <translation>kein Halbzeitstand</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2, %3</source>
        <translation>%1&lt;br&gt;%2, %3</translation>
    </message>
    <message>
        <source>1st half</source>
        <translation>1. Halbzeit</translation>
    </message>
    <message>
        <source>2nd half</source>
        <translation>2. Halbzeit</translation>
    </message>
    <message>
        <source>extra time</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Goals by half: %1</source>
        <translation>Tore nach Halbzeiten: %1</translation>
    </message>
    <message>
        <source>Goals, %1</source>
        <translation>Tore, %1</translation>
    </message>
</context>
<context>
    <name>tb::MainWindow</name>
    <message>
        <source>Tie Browser</source>
        <translation>Tie Browser</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open one or more results files; they are added to the files already open</source>
        <translation>Eine oder mehrere Ergebnisdateien öffnen; sie kommen zu den schon geöffneten Dateien hinzu</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the open files again; a file that fails keeps its ties</source>
        <translation>Die geöffneten Dateien neu lesen; eine Datei, die dabei scheitert, behält ihre Duelle</translation>
    </message>
    <message>
        <source>&amp;Close All Files</source>
        <translation>Alle Dateien &amp;schließen</translation>
    </message>
    <message>
        <source>Close every open file</source>
        <translation>Alle geöffneten Dateien schließen</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the ties the filter shows, in the table&apos;s order, as CSV or JSON</source>
        <translation>Die Duelle, die der Filter zeigt, in der Reihenfolge der Tabelle als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart on show as PNG, JPEG, SVG or PDF</source>
        <translation>Das angezeigte Diagramm als PNG, JPEG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Dia&amp;gramm kopieren</translation>
    </message>
    <message>
        <source>Copy the chart on show to the clipboard as an image</source>
        <translation>Das angezeigte Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Tie Browser</source>
        <translation>Tie Browser beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, for a spreadsheet</source>
        <translation>Die gewählten Zeilen als tabulatorgetrennten Text kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>&amp;Find Club…</source>
        <translation>Verein &amp;suchen…</translation>
    </message>
    <message>
        <source>Go to the club filter</source>
        <translation>Zum Vereinsfilter springen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all ties again</source>
        <translation>Wieder alle Duelle zeigen</translation>
    </message>
    <message>
        <source>&amp;About Tie Browser</source>
        <translation>&amp;Über Tie Browser</translation>
    </message>
    <message>
        <source>Version and licence of Tie Browser</source>
        <translation>Version und Lizenz von Tie Browser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version of the Qt libraries</source>
        <translation>Version der Qt-Bibliotheken</translation>
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
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the problems found in the files</source>
        <translation>Die in den Dateien gefundenen Probleme zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Die Werkzeugleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open %1. What was loaded before is unchanged.</source>
        <translation>%1 konnte nicht geöffnet werden. Was vorher geladen war, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not open %L1 files. What was loaded before is unchanged.</source>
        <translation>%L1 Dateien konnten nicht geöffnet werden. Was vorher geladen war, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Changed on disk and read again: %1</source>
        <translation>Auf der Festplatte geändert und neu gelesen: %1</translation>
    </message>
    <message>
        <source>Read %1: %L2 ties in all, %L3 errors, %L4 warnings</source>
        <translation>%1 gelesen: insgesamt %L2 Duelle, %L3 Fehler, %L4 Warnungen</translation>
    </message>
    <message>
        <source>Loading cancelled; what was loaded before is unchanged.</source>
        <translation>Laden abgebrochen; was vorher geladen war, bleibt unverändert.</translation>
    </message>
    <message>
        <source>%L1 files</source>
        <translation>%L1 Dateien</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zeilen.</translation>
    </message>
    <message>
        <source>Copied %L1 rows.</source>
        <translation>%L1 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>There is nothing to export: no file is open.</source>
        <translation>Es gibt nichts zu exportieren: Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>Exported %L1 ties to %2</source>
        <translation>%L1 Duelle nach %2 exportiert</translation>
    </message>
    <message>
        <source>Open Results Files</source>
        <translation>Ergebnisdateien öffnen</translation>
    </message>
    <message>
        <source>Results files (*.txt);;All files (*)</source>
        <translation>Ergebnisdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>About Tie Browser</source>
        <translation>Über Tie Browser</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Die zuletzt geöffneten Dateien vergessen</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; its ties stay loaded until you close the files.</source>
        <translation>%1 wurde gelöscht oder verschoben; seine Duelle bleiben geladen, bis Sie die Dateien schließen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the ties the filter shows, in the table&apos;s order, and the chart on show</source>
        <translation>Die Duelle, die der Filter zeigt, in der Reihenfolge der Tabelle und das angezeigte Diagramm drucken</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save what File &gt; Print prints as a PDF file</source>
        <translation>Das, was Datei &gt; Drucken druckt, als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Tie rules, chart theme, export size and language</source>
        <translation>Regeln für Duelle, Diagrammdesign, Exportgröße und Sprache</translation>
    </message>
    <message>
        <source>Print Ties</source>
        <translation>Duelle drucken</translation>
    </message>
    <message>
        <source>Sent %L1 pages to the printer.</source>
        <translation>%L1 Seiten an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Saved %L1 ties on %L2 pages to %3</source>
        <translation>%L1 Duelle auf %L2 Seiten in %3 gespeichert</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Applying the new tie rules…</source>
        <translation>Die neuen Regeln werden angewandt …</translation>
    </message>
    <message>
        <source>New tie rules applied to %L1 ties: %L2 errors, %L3 warnings</source>
        <translation>Neue Regeln auf %L1 Duelle angewandt: %L2 Fehler, %L3 Warnungen</translation>
    </message>
    <message>
        <source>&amp;Save Round As…</source>
        <translation>Runde &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save a pasted round as a text file, exactly as it was pasted</source>
        <translation>Eine eingefügte Runde als Textdatei speichern, genau wie sie eingefügt wurde</translation>
    </message>
    <message>
        <source>&amp;Paste Round</source>
        <translation>Runde &amp;einfügen</translation>
    </message>
    <message>
        <source>Open the round on the clipboard, copied from worldfootball.net in a browser or from a text file</source>
        <translation>Die Runde aus der Zwischenablage öffnen, kopiert von worldfootball.net im Browser oder aus einer Textdatei</translation>
    </message>
    <message>
        <source>Nothing was pasted: the text holds no ties. What was loaded before is unchanged.</source>
        <translation>Nichts eingefügt: Der Text enthält keine Duelle. Was vorher geladen war, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Open a file, drop one here, or paste a round copied from worldfootball.net (Ctrl+V)</source>
        <translation>Öffnen Sie eine Datei, ziehen Sie eine hierher oder fügen Sie eine von worldfootball.net kopierte Runde ein (Strg+V)</translation>
    </message>
    <message>
        <source>There is no text to paste. Select a round&apos;s table on worldfootball.net, copy it (Ctrl+C) and paste it here.</source>
        <translation>Es gibt keinen Text zum Einfügen. Markieren Sie die Tabelle einer Runde auf worldfootball.net, kopieren Sie sie (Strg+C) und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%1 als %2 gespeichert</translation>
    </message>
    <message>
        <source>Save %1 As</source>
        <translation>%1 speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Round</source>
        <translation>Ungespeicherte Runde</translation>
    </message>
    <message>
        <source>%1 has not been saved. Save it before it is closed?</source>
        <translation>%1 wurde nicht gespeichert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>A pasted round exists only in this window until it is saved as a file.</source>
        <translation>Eine eingefügte Runde gibt es nur in diesem Fenster, bis sie als Datei gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>that file is open; close it first or choose another name</source>
        <translation>diese Datei ist geöffnet; schließen Sie sie zuerst oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>it is not a pasted round</source>
        <translation>das ist keine eingefügte Runde</translation>
    </message>
    <message>
        <source>Cannot save the round to %1: %2</source>
        <translation>Die Runde kann nicht nach %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .csv, .json, .sqlite or .db.</source>
        <translation>Export nach %1 nicht möglich: Der Name muss auf .csv, .json, .sqlite oder .db enden.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was.</source>
        <translation>Export abgebrochen; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite-Datenbank (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tie Browser is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tie Browser ist freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (GPL-3.0-or-later) und wird ohne jede Gewährleistung geliefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tie Browser %1&lt;/h3&gt;&lt;p&gt;Browse the results of two-legged football cup ties: who went through, and how.&lt;/p&gt;&lt;p&gt;Reads round tables copied from worldfootball.net, openfootball&apos;s Football.TXT seasons and engsoccerdata&apos;s European Cup record.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tie Browser %1&lt;/h3&gt;&lt;p&gt;Ergebnisse von Pokal-Duellen mit Hin- und Rückspiel ansehen: wer weiterkam und wie.&lt;/p&gt;&lt;p&gt;Liest Rundentabellen, kopiert von worldfootball.net, Football.TXT-Spielzeiten von openfootball und die Europapokal-Chronik von engsoccerdata.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tb::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>tb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tie rules</source>
        <translation>Regeln für Duelle</translation>
    </message>
    <message>
        <source>How a tie level on aggregate is decided; the loaded ties are evaluated again</source>
        <translation>Wie ein Duell mit ausgeglichenem Gesamtergebnis entschieden wird; die geladenen Duelle werden neu ausgewertet</translation>
    </message>
    <message>
        <source>&amp;Decide ties by:</source>
        <translation>Duelle &amp;entscheiden nach:</translation>
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
        <source>Chart theme</source>
        <translation>Diagrammdesign</translation>
    </message>
    <message>
        <source>Light or dark charts, or the same as the desktop</source>
        <translation>Helle oder dunkle Diagramme oder wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Export width</source>
        <translation>Exportbreite</translation>
    </message>
    <message>
        <source>Width of an exported chart image, in pixels</source>
        <translation>Breite eines exportierten Diagrammbilds in Pixeln</translation>
    </message>
    <message>
        <source>Export height</source>
        <translation>Exporthöhe</translation>
    </message>
    <message>
        <source>Height of an exported chart image, in pixels</source>
        <translation>Höhe eines exportierten Diagrammbilds in Pixeln</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>by</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default &amp;export size:</source>
        <translation>Standard-E&amp;xportgröße:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and messages</source>
        <translation>Die Sprache der Menüs und Meldungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Put every choice back to how Tie Browser starts out</source>
        <translation>Alle Einstellungen auf den Ausgangszustand von Tie Browser zurücksetzen</translation>
    </message>
    <message>
        <source>The new language is used when Tie Browser starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Tie Browser.</translation>
    </message>
</context>
<context>
    <name>tb::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tb::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>In den Dateien gefundene Probleme</translation>
    </message>
    <message>
        <source>Double-click a problem to select its tie in the table</source>
        <translation>Doppelklick auf ein Problem wählt sein Duell in der Tabelle</translation>
    </message>
</context>
<context>
    <name>tb::ProgressionChart</name>
    <message>
        <source>Kick-off</source>
        <translation>Anpfiff</translation>
    </message>
    <message>
        <source>1st leg&lt;br&gt;half time</source>
        <translation>Hinspiel&lt;br&gt;Halbzeit</translation>
    </message>
    <message>
        <source>1st leg&lt;br&gt;full time</source>
        <translation>Hinspiel&lt;br&gt;Endstand</translation>
    </message>
    <message>
        <source>2nd leg&lt;br&gt;half time</source>
        <translation>Rückspiel&lt;br&gt;Halbzeit</translation>
    </message>
    <message>
        <source>2nd leg&lt;br&gt;90 minutes</source>
        <translation>Rückspiel&lt;br&gt;90 Minuten</translation>
    </message>
    <message>
        <source>After&lt;br&gt;extra time</source>
        <translation>Nach&lt;br&gt;Verlängerung</translation>
    </message>
    <message>
        <source>Stage of the tie</source>
        <translation>Abschnitt des Duells</translation>
    </message>
    <message>
        <source>Goals on aggregate</source>
        <translation>Tore im Gesamtergebnis</translation>
    </message>
    <message>
        <source>Running aggregate: no tie selected</source>
        <translation>Verlauf des Gesamtergebnisses: kein Duell gewählt</translation>
    </message>
    <message>
        <source>Shoot-out&lt;br&gt;(penalties scored)</source>
        <translation>Elfmeterschießen&lt;br&gt;(verwandelte Elfmeter)</translation>
    </message>
    <message>
        <source>Shoot-out: %1 won %2:%3</source>
        <translation>Elfmeterschießen: %1 gewann %2:%3</translation>
    </message>
    <message>
        <source>Running aggregate: %1</source>
        <translation>Verlauf des Gesamtergebnisses: %1</translation>
    </message>
    <message>
        <source>Goals on aggregate; penalties in the shoot-out</source>
        <translation>Tore im Gesamtergebnis; verwandelte Elfmeter im Elfmeterschießen</translation>
    </message>
    <message>
        <source>Play-off&lt;br&gt;kick-off</source>
        <translation>Entscheidungsspiel&lt;br&gt;Anstoß</translation>
    </message>
    <message>
        <source>Play-off&lt;br&gt;half time</source>
        <translation>Entscheidungsspiel&lt;br&gt;Halbzeit</translation>
    </message>
    <message>
        <source>Play-off&lt;br&gt;90 minutes</source>
        <translation>Entscheidungsspiel&lt;br&gt;90 Minuten</translation>
    </message>
    <message>
        <source>Play-off&lt;br&gt;after extra time</source>
        <translation>Entscheidungsspiel&lt;br&gt;nach Verlängerung</translation>
    </message>
    <message>
        <source>Play-off shoot-out&lt;br&gt;(penalties scored)</source>
        <translation>Elfmeterschießen im Entscheidungsspiel&lt;br&gt;(verwandelte Elfmeter)</translation>
    </message>
    <message>
        <source>%1 (play-off)</source>
        <translation>%1 (Entscheidungsspiel)</translation>
    </message>
    <message>
        <source>Goals on aggregate, then in the play-off; penalties in the shoot-out</source>
        <translation>Tore im Gesamtergebnis, dann im Entscheidungsspiel; Elfmeter im Elfmeterschießen</translation>
    </message>
    <message>
        <source>Goals on aggregate, then in the play-off</source>
        <translation>Tore im Gesamtergebnis, dann im Entscheidungsspiel</translation>
    </message>
    <message>
        <source>Stage of the tie; the play-off is a match of its own</source>
        <translation>Stand des Duells; das Entscheidungsspiel ist ein eigenes Spiel</translation>
    </message>
</context>
<context>
    <name>tb::StatusPanel</name>
    <message>
        <source>Tie count</source>
        <translation>Anzahl der Duelle</translation>
    </message>
    <message>
        <source>Show the Problems pane</source>
        <translation>Die Problemliste zeigen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; what was loaded before stays</source>
        <translation>Laden abbrechen; was vorher geladen war, bleibt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>%L1 of %L2 ties</source>
        <translation>%L1 von %L2 Duellen</translation>
    </message>
    <message>
        <source>Errors: %L1, warnings: %L2</source>
        <translation>Fehler: %L1, Warnungen: %L2</translation>
    </message>
</context>
<context>
    <name>tb::SummaryChart</name>
    <message>
        <source>Ties</source>
        <translation>Duelle</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no ties to show</source>
        <translation>keine Duelle anzuzeigen</translation>
    </message>
    <message>
        <source>1 tie</source>
        <translation>1 Duell</translation>
    </message>
    <message>
        <source>%1 ties</source>
        <translation>%1 Duelle</translation>
    </message>
    <message>
        <source>%1; who went through: %2; margin: %3</source>
        <translation>%1; wer weiterkam: %2; Tordifferenz: %3</translation>
    </message>
    <message>
        <source>Summary of the ties the filter leaves</source>
        <translation>Übersicht der Duelle, die der Filter übrig lässt</translation>
    </message>
</context>
<context>
    <name>tb::TablePrinter</name>
    <message>
        <source>Cannot start printing: the printer or file is not ready.</source>
        <translation>Der Druck kann nicht beginnen: Der Drucker oder die Datei ist nicht bereit.</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Seite %L1 von %L2</translation>
    </message>
    <message>
        <source>Cannot start page %L1.</source>
        <translation>Seite %L1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>No ties to print.</source>
        <translation>Keine Duelle zu drucken.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>Der Druck wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Die PDF-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>1 tie</source>
        <translation>1 Duell</translation>
    </message>
    <message>
        <source>%L1 ties</source>
        <translation>%L1 Duelle</translation>
    </message>
    <message>
        <source>%L1 of 1 tie</source>
        <translation>%L1 von 1 Duell</translation>
    </message>
    <message>
        <source>%L1 of %L2 ties</source>
        <translation>%L1 von %L2 Duellen</translation>
    </message>
</context>
<context>
    <name>tb::TieDetailView</name>
    <message>
        <source>date not given</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message>
        <source>Tie details</source>
        <translation>Details des Duells</translation>
    </message>
    <message>
        <source>No tie selected</source>
        <translation>Kein Duell gewählt</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Vereine</translation>
    </message>
    <message>
        <source>Colour of the club that went through in the charts</source>
        <translation>Farbe des weitergekommenen Vereins in den Diagrammen</translation>
    </message>
    <message>
        <source>How the tie was decided</source>
        <translation>Wie das Duell entschieden wurde</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>1st leg</source>
        <translation>Hinspiel</translation>
    </message>
    <message>
        <source>2nd leg</source>
        <translation>Rückspiel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Half time</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>After extra time</source>
        <translation>Nach Verlängerung</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Elfmeterschießen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Problems with this tie</source>
        <translation>Probleme mit diesem Duell</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Where the tie is in its file</source>
        <translation>Wo das Duell in seiner Datei steht</translation>
    </message>
    <message>
        <source>Aggregate %1:%2 (%3 first)</source>
        <translation>Gesamtergebnis %1:%2 (%3 zuerst)</translation>
    </message>
    <message>
        <source>No aggregate: no leg has a score</source>
        <translation>Kein Gesamtergebnis: Kein Spiel hat ein Ergebnis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 (awarded)</source>
        <translation>%1 (gewertet)</translation>
    </message>
    <message>
        <source>The clubs&apos; other ties</source>
        <translation>Die anderen Duelle der Vereine</translation>
    </message>
    <message>
        <source>First leg&apos;s home club: other ties</source>
        <translation>Heimverein im Hinspiel: andere Duelle</translation>
    </message>
    <message>
        <source>First leg&apos;s away club: other ties</source>
        <translation>Gastverein im Hinspiel: andere Duelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no other tie in the loaded rounds</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: kein anderes Duell in den geladenen Runden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>the %L1 nearest in time of %L2 other ties</source>
        <translation>die %L1 zeitlich nächsten von %L2 anderen Duellen</translation>
    </message>
    <message>
        <source>Play-off</source>
        <translation>Entscheidungsspiel</translation>
    </message>
</context>
<context>
    <name>tb::TieLoader</name>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No ties found: the file holds no three-line tie blocks.</source>
        <translation>Keine Duelle gefunden: Die Datei enthält keine dreizeiligen Duell-Blöcke.</translation>
    </message>
    <message>
        <source>No ties found: %1</source>
        <translation>Keine Duelle gefunden: %1</translation>
    </message>
    <message>
        <source>No ties found; line %1: %2</source>
        <translation>Keine Duelle gefunden; Zeile %1: %2</translation>
    </message>
    <message>
        <source>No ties found: the text holds no three-line tie blocks.</source>
        <translation>Keine Duelle gefunden: Der Text enthält keine dreizeiligen Duellblöcke.</translation>
    </message>
    <message>
        <source>Pasted round %1</source>
        <translation>Eingefügte Runde %1</translation>
    </message>
</context>
<context>
    <name>tb::TieTableModel</name>
    <message>
        <source>%1: at home in the first leg</source>
        <translation>%1: im Hinspiel zu Hause</translation>
    </message>
    <message>
        <source>%1: at home in the second leg</source>
        <translation>%1: im Rückspiel zu Hause</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>1st leg date</source>
        <translation>Datum Hinspiel</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heim</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>1st leg</source>
        <translation>Hinspiel</translation>
    </message>
    <message>
        <source>2nd leg</source>
        <translation>Rückspiel</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>2nd leg date</source>
        <translation>Datum Rückspiel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Date and local kick-off time of the first leg</source>
        <translation>Datum und örtliche Anstoßzeit des Hinspiels</translation>
    </message>
    <message>
        <source>The club at home in the first leg</source>
        <translation>Der Verein, der im Hinspiel zu Hause spielte</translation>
    </message>
    <message>
        <source>The club at home in the second leg</source>
        <translation>Der Verein, der im Rückspiel zu Hause spielte</translation>
    </message>
    <message>
        <source>First leg: full time (half time), the first leg&apos;s home club first</source>
        <translation>Hinspiel: Endstand (Halbzeit), der Heimverein des Hinspiels zuerst</translation>
    </message>
    <message>
        <source>Second leg, the second leg&apos;s home club first: full time (half time); with extra time: after extra time (half time, 90 minutes); then any penalty shoot-out</source>
        <translation>Rückspiel, der Heimverein des Rückspiels zuerst: Endstand (Halbzeit); mit Verlängerung: nach Verlängerung (Halbzeit, 90 Minuten); dann ein etwaiges Elfmeterschießen</translation>
    </message>
    <message>
        <source>Goals over both legs, extra time included, the first leg&apos;s home club first</source>
        <translation>Tore aus beiden Spielen, mit Verlängerung, der Heimverein des Hinspiels zuerst</translation>
    </message>
    <message>
        <source>Who went through by the rules</source>
        <translation>Wer nach den Regeln weiterkam</translation>
    </message>
    <message>
        <source>How the tie was decided</source>
        <translation>Wie das Duell entschieden wurde</translation>
    </message>
    <message>
        <source>Date and local kick-off time of the second leg</source>
        <translation>Datum und örtliche Anstoßzeit des Rückspiels</translation>
    </message>
    <message>
        <source>The file the tie was read from</source>
        <translation>Die Datei, aus der das Duell gelesen wurde</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>The round of the competition, as the file names it</source>
        <translation>Die Runde des Wettbewerbs, wie die Datei sie nennt</translation>
    </message>
</context>
<context>
    <name>tb::TieTableView</name>
    <message>
        <source>Ties</source>
        <translation>Duelle</translation>
    </message>
</context>
</TS>
