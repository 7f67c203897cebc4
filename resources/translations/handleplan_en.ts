<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AboutDataDialog</name>
    <message>
        <source>Om dine data</source>
        <translation>About your data</translation>
    </message>
    <message>
        <source>din handleplan: tiltag, cyklusser, refleksioner, TRIO og forløb – også det private</source>
        <translation>your action plan: initiatives, cycles, reflections, TRIO and course – the private parts too</translation>
    </message>
    <message>
        <source>de sidste ændringer, før de er skrevet ind i handleplanen</source>
        <translation>the latest changes, before they are written into the plan</translation>
    </message>
    <message>
        <source>en handleplan, der ikke kunne åbnes – lagt til side i stedet for at blive slettet</source>
        <translation>an action plan that could not be opened – moved aside instead of being deleted</translation>
    </message>
    <message>
        <source>tekniske detaljer om fejl – aldrig det, du skriver</source>
        <translation>technical details of errors – never what you write</translation>
    </message>
    <message>
        <source>vinduets størrelse, sprog og dine valg i Indstillinger</source>
        <translation>the window&apos;s size, the language and your choices in Settings</translation>
    </message>
    <message>
        <source>viser kun, at Handleplan er åben – intet af det, du skriver</source>
        <translation>only shows that Handleplan is open – nothing you write</translation>
    </message>
    <message>
        <source>Dine data bliver på denne computer</source>
        <translation>Your data stays on this computer</translation>
    </message>
    <message>
        <source>Handleplan bruger aldrig internettet. Intet sendes nogen steder hen – ingen opdateringer, ingen statistik. Det, du skriver, forlader kun computeren, når du selv eksporterer det.</source>
        <translation>Handleplan never uses the internet. Nothing is sent anywhere – no updates, no statistics. What you write only leaves the computer when you export it yourself.</translation>
    </message>
    <message>
        <source>Her ligger det</source>
        <translation>Where it is kept</translation>
    </message>
    <message>
        <source>Åbn mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Filerne kan kun læses af din egen bruger på computeren. Ligger mappen i OneDrive, Dropbox eller en anden mappe, der synkroniseres, kommer dine data også derhen.</source>
        <translation>Only your own user on this computer can read the files. If the folder is in OneDrive, Dropbox or another synchronised folder, your data goes there too.</translation>
    </message>
    <message>
        <source>Så længe gemmes kopierne</source>
        <translation>How long backups are kept</translation>
    </message>
    <message>
        <source>Det, der forlader computeren</source>
        <translation>What leaves the computer</translation>
    </message>
    <message>
        <source>Kun det, du selv eksporterer – og kun derhen, hvor du gemmer det. Den PDF, du laver under »Eksportér PDF«, har kun private tiltag og refleksioner – og alt, hvad der hører til dem – med, hvis du sætter flueben ved dem; kalenderfilen (.ics) kun, hvis du siger ja til det. Gem eller send PDF&apos;en med samme omtanke som dine egne noter: den handler om dine medarbejdere.</source>
        <translation>Only what you export yourself – and only to where you save it. The PDF you make with “Export PDF” includes private initiatives and reflections – and everything that belongs to them – only if you tick them; the calendar file (.ics) only if you say yes. Keep or send the PDF with the same care as your own notes: it is about your staff.</translation>
    </message>
    <message>
        <source>Filen fra »Eksportér hele handleplanen« (.handleplan) rummer alt, også det private. Den er til at flytte din handleplan til en ny computer: gem den et sikkert sted, og send den ikke til andre.</source>
        <translation>The file from “Export the whole action plan” (.handleplan) holds everything, the private entries too. It is for moving your action plan to a new computer: keep it somewhere safe, and do not send it to others.</translation>
    </message>
    <message>
        <source>Vælg Hjælp › Slet alle mine data. Så slettes din handleplan, dens sikkerhedskopier, loggen og dine indstillinger, og Handleplan lukker. PDF&apos;er og filer, du har eksporteret, ligger der, hvor du gemte dem.</source>
        <translation>Choose Help › Delete all my data. Your action plan, its backups, the log and your settings are deleted, and Handleplan closes. PDFs and files you have exported stay where you saved them.</translation>
    </message>
    <message>
        <source>Slet alle mine data …</source>
        <translation>Delete all my data …</translation>
    </message>
    <message>
        <source>hver halve time, du arbejder, når du lukker, og før Handleplan ændrer filen</source>
        <translation>every half hour you work, when you close, and before Handleplan changes the file</translation>
    </message>
    <message>
        <source>1 kopi af hele handleplanen, også det private: %1</source>
        <translation>1 copy of the whole action plan, the private entries too: %1</translation>
    </message>
    <message>
        <source>%1 kopier af hele handleplanen, også det private: %2</source>
        <translation>%1 copies of the whole action plan, the private entries too: %2</translation>
    </message>
    <message>
        <source>Det vælger du under Indstillinger › Fortrolighed.</source>
        <translation>You choose this under Settings › Confidentiality.</translation>
    </message>
    <message>
        <source>Du har valgt, at sikkerhedskopier ikke slettes efter en bestemt tid. Handleplan beholder de seneste og én for hver dag, uge og måned bagud.</source>
        <translation>You have chosen that backups are not deleted after a set time. Handleplan keeps the latest ones and one for each day, week and month back.</translation>
    </message>
    <message>
        <source>Sikkerhedskopier ældre end »%1« slettes af sig selv; den nyeste gode kopi bliver altid liggende.</source>
        <translation>Backups older than “%1” are deleted by themselves; the newest good backup always stays.</translation>
    </message>
    <message>
        <source>Sådan sletter du det hele</source>
        <translation>How to delete it all</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>Tre spørgsmål rammer tiltaget ind:</source>
        <translation>Three questions frame the initiative:</translation>
    </message>
    <message>
        <source>Forbedringsmodellens tre spørgsmål</source>
        <translation>The Model for Improvement&apos;s three questions</translation>
    </message>
</context>
<context>
    <name>ActPage</name>
    <message>
        <source>Start næste cyklus ud fra denne</source>
        <translation>Start the next cycle from this one</translation>
    </message>
    <message>
        <source>Den nye cyklus får dit næste skridt som formål og tager spørgsmål og opgaver med.</source>
        <translation>The new cycle takes your next step as its objective and carries the questions and tasks over.</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hvad aftalte I?</source>
        <translation>What did you agree?</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Senest</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Slet aftale »%1«</source>
        <translation>Delete agreement ‘%1’</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Aftale %1: hvad</source>
        <translation>Agreement %1: what</translation>
    </message>
    <message>
        <source>Aftale %1: hvem</source>
        <translation>Agreement %1: who</translation>
    </message>
    <message>
        <source>Aftale %1: niveau</source>
        <translation>Agreement %1: level</translation>
    </message>
    <message>
        <source>Aftale %1: senest</source>
        <translation>Agreement %1: due by</translation>
    </message>
    <message>
        <source>Aftale %1 er gjort</source>
        <translation>Agreement %1 is done</translation>
    </message>
    <message>
        <source>Slet aftale %1</source>
        <translation>Delete agreement %1</translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>Ingen aftaler endnu. Hvem gør hvad til næste gang?</source>
        <translation>No agreements yet. Who does what before next time?</translation>
    </message>
    <message>
        <source>Tilføj aftale</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Tilføj aftale fra TRIO-mødet</source>
        <translation>Add an agreement from the TRIO meeting</translation>
    </message>
    <message>
        <source>Aftale til det private tiltag »%1« – åbn tiltaget for at se den</source>
        <translation>An agreement of the private initiative “%1” – open the initiative to see it</translation>
    </message>
    <message>
        <source>Aftale til det private tiltag »%1«</source>
        <translation>An agreement of the private initiative “%1”</translation>
    </message>
    <message>
        <source>Åbn tiltaget</source>
        <translation>Open the initiative</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Handleplan – kalender</source>
        <translation>Action plan – calendar</translation>
    </message>
    <message>
        <source>Gem kalenderen som</source>
        <translation>Save the calendar as</translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderen kunne ikke gemmes: %1</source>
        <translation>The calendar could not be saved: %1</translation>
    </message>
    <message>
        <source>Kalenderen er gemt i %1 med 1 begivenhed.</source>
        <translation>The calendar has been saved in %1 with 1 event.</translation>
    </message>
    <message>
        <source>Kalenderen er gemt i %1 med %2 begivenheder.</source>
        <translation>The calendar has been saved in %1 with %2 events.</translation>
    </message>
    <message>
        <source>Importér filen i Outlook eller Google Kalender. Modulerne og TRIO-møderne står som heldagsbegivenheder, fristerne som påmindelser uden optaget tid. Eksporterer du igen senere, opdaterer den nye fil de gamle begivenheder i stedet for at lægge dem ind to gange.</source>
        <translation>Import the file into Outlook or Google Calendar. The modules and TRIO meetings appear as all-day events, the deadlines as reminders that do not show you as busy. If you export again later, the new file updates the earlier events instead of adding them twice.</translation>
    </message>
    <message>
        <source>Private tiltag i kalenderen?</source>
        <translation>Private initiatives in the calendar?</translation>
    </message>
    <message>
        <source>1 dato hører til det private tiltag %1. En kalender ses ofte af andre – skal den med?</source>
        <translation>1 date belongs to the private initiative %1. Others can often see a calendar – should it go in?</translation>
    </message>
    <message>
        <source>%2 datoer hører til det private tiltag %1. En kalender ses ofte af andre – skal de med?</source>
        <translation>%2 dates belong to the private initiative %1. Others can often see a calendar – should they go in?</translation>
    </message>
    <message>
        <source>%2 datoer hører til de private tiltag %1. En kalender ses ofte af andre – skal de med?</source>
        <translation>%2 dates belong to the private initiatives %1. Others can often see a calendar – should they go in?</translation>
    </message>
    <message>
        <source>»%1«</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Lad dem blive i Handleplan</source>
        <translation>Keep them in Handleplan</translation>
    </message>
    <message>
        <source>Tag dem med</source>
        <translation>Include them</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Eget antal</source>
        <translation>Your own count</translation>
    </message>
    <message>
        <source>Hvad tæller du? Fx »satte deres magnet«</source>
        <translation>What are you counting? For instance &quot;put up their magnet&quot;</translation>
    </message>
    <message>
        <source>ikke angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Ud af</source>
        <translation>Out of</translation>
    </message>
    <message>
        <source>Tæl det samme i hver runde, så kan du se udviklingen i Evaluér.</source>
        <translation>Count the same thing in each cycle, and you can see the development in Study.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <source>Cyklusser</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Næste cyklus</source>
        <translation>Next cycle</translation>
    </message>
    <message>
        <source>Start en ny cyklus ud fra den seneste: næste skridt bliver formål, spørgsmål og opgaver kommer med.</source>
        <translation>Start a new cycle from the latest one: its next step becomes the objective, and the questions and tasks carry over.</translation>
    </message>
    <message>
        <source>Slet cyklus</source>
        <translation>Delete cycle</translation>
    </message>
    <message>
        <source>Ret i denne cyklus</source>
        <translation>Edit this cycle</translation>
    </message>
    <message>
        <source>Gå til nyeste cyklus</source>
        <translation>Go to the latest cycle</translation>
    </message>
    <message>
        <source>Tiltaget har ingen cyklus. Start en, når du er klar til at planlægge, hvad du vil prøve af.</source>
        <translation>This initiative has no cycle yet. Start one when you are ready to plan what you want to try out.</translation>
    </message>
    <message>
        <source>Start en cyklus</source>
        <translation>Start a cycle</translation>
    </message>
    <message>
        <source>Cyklus %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>Du ser cyklus %1, en tidligere cyklus. Den er låst, så den står, som du efterlod den.</source>
        <translation>You are looking at cycle %1, an earlier cycle. It is locked, so it stays as you left it.</translation>
    </message>
    <message>
        <source>Du retter i cyklus %1, en tidligere cyklus.</source>
        <translation>You are editing cycle %1, an earlier cycle.</translation>
    </message>
    <message>
        <source>Cyklus %1 er afsluttet i fasen %2.</source>
        <translation>Cycle %1 ended in the %2 phase.</translation>
    </message>
    <message>
        <source>Du kigger på %1.</source>
        <translation>You are looking at %1.</translation>
    </message>
    <message>
        <source>Cyklus %1 er i fasen %2.</source>
        <translation>Cycle %1 is in the %2 phase.</translation>
    </message>
    <message>
        <source>Videre til %1</source>
        <translation>Move on to %1</translation>
    </message>
    <message>
        <source>Cyklus %1 er i fasen %2. Du kigger på %3.</source>
        <translation>Cycle %1 is in the %2 phase. You are looking at %3.</translation>
    </message>
    <message>
        <source>Sæt fasen til %1</source>
        <translation>Set the phase to %1</translation>
    </message>
    <message>
        <source>Slet cyklus %1 af »%2«</source>
        <translation>Delete cycle %1 of ‘%2’</translation>
    </message>
    <message>
        <source>Cyklussen starter forfra – der var intet at tage med fra cyklus %1.</source>
        <translation>The cycle starts afresh – there was nothing to take from cycle %1.</translation>
    </message>
    <message>
        <source>dit næste skridt som formål</source>
        <translation>your next step as its objective</translation>
    </message>
    <message>
        <source>metoden</source>
        <translation>the method</translation>
    </message>
    <message>
        <source>1 udført opgave</source>
        <translation>1 task already done</translation>
    </message>
    <message>
        <source>%1 udførte opgaver</source>
        <translation>%1 tasks already done</translation>
    </message>
    <message>
        <source>1 spørgsmål</source>
        <translation>1 question</translation>
    </message>
    <message>
        <source>%1 spørgsmål</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>1 åben opgave</source>
        <translation>1 open task</translation>
    </message>
    <message>
        <source>%1 åbne opgaver</source>
        <translation>%1 open tasks</translation>
    </message>
    <message>
        <source>Fra cyklus %1 er taget med: %2.</source>
        <translation>Taken from cycle %1: %2.</translation>
    </message>
    <message>
        <source>%1 og %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 blev i cyklus %2.</source>
        <translation>%1 stayed in cycle %2.</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Læs drejebogen</source>
        <translation>Read the dialogue script</translation>
    </message>
    <message>
        <source>Drejebogen under Værktøjer</source>
        <translation>The script under Tools</translation>
    </message>
    <message>
        <source>Trinnene står som opgaver under Planlæg.</source>
        <translation>The steps are listed as tasks under Plan.</translation>
    </message>
    <message>
        <source>Vælg en drejebog</source>
        <translation>Choose a dialogue script</translation>
    </message>
    <message>
        <source>Vælg en af kursets drejebøger</source>
        <translation>Choose one of the course&apos;s dialogue scripts</translation>
    </message>
    <message>
        <source>Hvem gør hvad nu?</source>
        <translation>Who does what next?</translation>
    </message>
    <message>
        <source>Skjul drejebogen</source>
        <translation>Hide the dialogue script</translation>
    </message>
    <message>
        <source>Fjern drejebogen »%1«</source>
        <translation>Remove the dialogue script “%1”</translation>
    </message>
    <message>
        <source>Fjern drejebogen %1</source>
        <translation>Remove the dialogue script %1</translation>
    </message>
    <message>
        <source>Vælg drejebogen »%1«</source>
        <translation>Choose the dialogue script “%1”</translation>
    </message>
    <message>
        <source>%1 trin er lagt ind som opgaver under Planlæg.</source>
        <translation>%1 steps have been added as tasks under Plan.</translation>
    </message>
</context>
<context>
    <name>DoPage</name>
    <message>
        <source>Kursets værktøjer</source>
        <translation>The course&apos;s tools</translation>
    </message>
    <message>
        <source>Kursets værktøjer under Værktøjer</source>
        <translation>The course&apos;s tools under Tools</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ikke afgjort endnu</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Ingen iagttagelser endnu.</source>
        <translation>No observations yet.</translation>
    </message>
    <message>
        <source>Tilføj iagttagelse</source>
        <translation>Add observation</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Eksportér PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF&apos;en er det, andre ser af din handleplan: din TRIO, underviseren og de andre ledere. Vælg, hvad der skal med. Det, du har markeret som privat, er kun med, hvis du selv sætter flueben ved det.</source>
        <translation>The PDF is what others see of your Action Plan: your TRIO, the course tutor and the other leaders. Choose what to include. Anything you have marked as private is only included if you tick it yourself.</translation>
    </message>
    <message>
        <source>Milepæl, som PDF&apos;en laves til</source>
        <translation>Milestone the PDF is for</translation>
    </message>
    <message>
        <source>Ingen milepæle</source>
        <translation>No milestones</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Skriv, hvad du vil drøfte …</source>
        <translation>Write what you want to discuss …</translation>
    </message>
    <message>
        <source>Skriv, hvad du vil drøfte på milepælen</source>
        <translation>Write what you want to discuss at the milestone</translation>
    </message>
    <message>
        <source>Dine punkter skrives under milepælen på Forløb og kommer med i PDF&apos;en</source>
        <translation>Your points are written under the milestone on Course timeline and go into the PDF</translation>
    </message>
    <message>
        <source>Følsomme ord …</source>
        <translation>Sensitive words …</translation>
    </message>
    <message>
        <source>Ret listen over følsomme ord</source>
        <translation>Edit the list of sensitive words</translation>
    </message>
    <message>
        <source>Ord, Handleplan skal sige til om, før du deler PDF&apos;en</source>
        <translation>Words Handleplan should point out before you share the PDF</translation>
    </message>
    <message>
        <source>Filnavn og mappe til PDF&apos;en</source>
        <translation>File name and folder for the PDF</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Vælg mappe og filnavn</source>
        <translation>Choose a folder and file name</translation>
    </message>
    <message>
        <source>Gem som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF&apos;en bliver lavet</source>
        <translation>Creating the PDF</translation>
    </message>
    <message>
        <source>Status for eksporten</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>Åbn PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Åbn den gemte PDF</source>
        <translation>Open the saved PDF</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Eksportér PDF&apos;en</source>
        <translation>Export the PDF</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Luk dialogen</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <source>Gem PDF&apos;en som</source>
        <translation>Save the PDF as</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Skriv et filnavn til PDF&apos;en, eller tryk på »Vælg …«.</source>
        <translation>Type a file name for the PDF, or click ‘Browse…’.</translation>
    </message>
    <message>
        <source>Erstat filen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>Der findes allerede en fil, der hedder »%1«. Vil du erstatte den?</source>
        <translation>A file called ‘%1’ already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>PDF&apos;en bliver lavet …</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <source>PDF&apos;en er gemt: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>ExportEntries</name>
    <message>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Det, der kommer med i PDF&apos;en</source>
        <translation>What goes into the PDF</translation>
    </message>
    <message>
        <source>Opsummering af indholdet</source>
        <translation>Summary of the contents</translation>
    </message>
    <message>
        <source>Forside og indholdsfortegnelse</source>
        <translation>Cover page and table of contents</translation>
    </message>
    <message>
        <source>Forsiden og indholdsfortegnelsen er altid med.</source>
        <translation>The cover page and table of contents are always included.</translation>
    </message>
    <message>
        <source>Mit fokus</source>
        <translation>My focus</translation>
    </message>
    <message>
        <source>Overblik over tiltagene</source>
        <translation>Overview of initiatives</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Iagttagelse %1</source>
        <translation>Observation %1</translation>
    </message>
    <message>
        <source>Refleksioner siden %1</source>
        <translation>Reflections since %1</translation>
    </message>
    <message>
        <source>Refleksioner</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>Afrunding på %1</source>
        <translation>Wrap-up of %1</translation>
    </message>
    <message>
        <source>TRIO-møder og aftaler</source>
        <translation>TRIO meetings and agreements</translation>
    </message>
    <message>
        <source>Noterne fra mødet</source>
        <translation>Notes from the meeting</translation>
    </message>
    <message>
        <source>Det vil jeg gerne drøfte</source>
        <translation>What I would like to discuss</translation>
    </message>
    <message>
        <source>(privat)</source>
        <translation>(private)</translation>
    </message>
    <message>
        <source>Privat: kommer kun med, hvis du selv sætter flueben.</source>
        <translation>Private: only included if you tick it yourself.</translation>
    </message>
    <message>
        <source>Noterne fra »%1« er private. Vil du tage dem med i PDF&apos;en, som andre skal se?</source>
        <translation>The notes from ‘%1’ are private. Do you want to include them in the PDF that others will see?</translation>
    </message>
    <message>
        <source>Tag en privat post med?</source>
        <translation>Include a private entry?</translation>
    </message>
    <message>
        <source>»%1« er markeret som privat. Vil du tage den med i PDF&apos;en, som andre skal se?</source>
        <translation>‘%1’ is marked as private. Do you want to include it in the PDF that others will see?</translation>
    </message>
    <message>
        <source>Med i PDF&apos;en: %1 af %2 tiltag og %3 af %4 refleksioner.</source>
        <translation>In the PDF: %1 of %2 initiatives and %3 of %4 reflections.</translation>
    </message>
    <message>
        <source>Heraf er %1 markeret som privat.</source>
        <translation>Private entries among them: %1.</translation>
    </message>
    <message>
        <source>1 privat post er ikke med.</source>
        <translation>1 private entry is left out.</translation>
    </message>
    <message>
        <source>%1 private poster er ikke med.</source>
        <translation>%1 private entries are left out.</translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <source>Besked om en fejl</source>
        <translation>Message about an error</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Slet alle mine data</source>
        <translation>Delete all my data</translation>
    </message>
    <message>
        <source>SLET</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>Det her bliver slettet fra computeren</source>
        <translation>This is deleted from the computer</translation>
    </message>
    <message>
        <source>Der er ingen data at slette i mappen.</source>
        <translation>There is no data to delete in the folder.</translation>
    </message>
    <message>
        <source>Mappen: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Det bliver ikke slettet</source>
        <translation>This is not deleted</translation>
    </message>
    <message>
        <source>PDF&apos;er, kalenderfiler og handleplan-filer, du selv har gemt et andet sted. Dem sletter du selv.</source>
        <translation>PDFs, calendar files and Handleplan files you have saved somewhere else yourself. Those you delete yourself.</translation>
    </message>
    <message>
        <source>Filer, du selv har lagt i mappen, bliver også liggende: %1.</source>
        <translation>Files you put in the folder yourself stay too: %1.</translation>
    </message>
    <message>
        <source>Filerne slettes, som når du sletter en fil på computeren – de bliver ikke overskrevet, for på en SSD-disk kan det ikke lade sig gøre sikkert. Er din computer krypteret (BitLocker eller FileVault, som de fleste arbejdscomputere), kan det slettede ikke læses af andre.</source>
        <translation>The files are deleted the way you delete a file on the computer – they are not overwritten, because on an SSD that cannot be done reliably. If your computer is encrypted (BitLocker or FileVault, like most work computers), what is deleted cannot be read by others.</translation>
    </message>
    <message>
        <source>Vil du gemme den først?</source>
        <translation>Do you want to save it first?</translation>
    </message>
    <message>
        <source>Gem hele handleplanen i én fil, så du kan hente den igen senere. Filen rummer alt, også det private.</source>
        <translation>Save the whole action plan in one file, so you can load it again later. The file holds everything, the private entries too.</translation>
    </message>
    <message>
        <source>Gem hele handleplanen i en fil …</source>
        <translation>Save the whole action plan in a file …</translation>
    </message>
    <message>
        <source>Slet alt</source>
        <translation>Delete everything</translation>
    </message>
    <message>
        <source>Det kan ikke fortrydes. Handleplan lukker bagefter; åbner du den igen, starter du forfra med en tom handleplan.</source>
        <translation>This cannot be undone. Handleplan closes afterwards; if you open it again, you start over with an empty action plan.</translation>
    </message>
    <message>
        <source>Skriv %1 for at slette alt:</source>
        <translation>Type %1 to delete everything:</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Din handleplan – alt, også det private: %1</source>
        <translation>Your action plan – everything, the private entries too: %1</translation>
    </message>
    <message>
        <source>1 sikkerhedskopi (mappen backups)</source>
        <translation>1 backup (the backups folder)</translation>
    </message>
    <message>
        <source>%1 sikkerhedskopier (mappen backups)</source>
        <translation>%1 backups (the backups folder)</translation>
    </message>
    <message>
        <source>Mappen backups</source>
        <translation>The backups folder</translation>
    </message>
    <message>
        <source>Filer lagt til side, da handleplanen ikke kunne åbnes: %1</source>
        <translation>Files moved aside when the action plan could not be opened: %1</translation>
    </message>
    <message>
        <source>Loggen med tekniske detaljer (mappen logs)</source>
        <translation>The log with technical details (the logs folder)</translation>
    </message>
    <message>
        <source>Dine indstillinger (settings.ini)</source>
        <translation>Your settings (settings.ini)</translation>
    </message>
</context>
<context>
    <name>ForgottenBox</name>
    <message>
        <source>Slet alle mine data</source>
        <translation>Delete all my data</translation>
    </message>
    <message>
        <source>Det meste er slettet, men disse filer kunne ikke slettes:

%1

Slet dem selv, når Handleplan er lukket.</source>
        <translation>Most of it is deleted, but these files could not be deleted:

%1

Delete them yourself once Handleplan has closed.</translation>
    </message>
    <message>
        <source>Dine data er slettet: %1 filer.</source>
        <translation>Your data is deleted: %1 files.</translation>
    </message>
    <message>
        <source>Mappen %1 er også væk.</source>
        <translation>The folder %1 is gone too.</translation>
    </message>
    <message>
        <source>Handleplan lukker nu.</source>
        <translation>Handleplan closes now.</translation>
    </message>
</context>
<context>
    <name>GuldkornDialog</name>
    <message>
        <source>De seks guldkorn – vurdering</source>
        <translation>The six gold nuggets – rating</translation>
    </message>
    <message>
        <source>Teamet</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>En 1:1-samtale</source>
        <translation>A one-to-one</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vil vi styrke</source>
        <translation>To strengthen</translation>
    </message>
    <message>
        <source>Dem vil I arbejde med: %1</source>
        <translation>The ones you will work on: %1</translation>
    </message>
</context>
<context>
    <name>IgloPanel</name>
    <message>
        <source>Alle spiller en rolle. Skriv, hvem der gør hvad – og hvornår – på hvert niveau. Vælg et medlem af din TRIO, eller skriv et navn. Forslagene er forløbets typiske ansvar på niveauet.</source>
        <translation>Everyone plays a part. Write down who does what – and when – at each level. Choose a member of your TRIO or type a name. The suggestions are the course&apos;s typical responsibilities at that level.</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Tiltagets titel</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Giv tiltaget en kort titel</source>
        <translation>Give the initiative a short title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Et privat tiltag kommer kun med i udskrifter og eksport, hvis du selv vælger det.</source>
        <translation>A private initiative is only included in printouts and exports if you choose to include it.</translation>
    </message>
    <message>
        <source>Om tiltaget</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Cyklusser (PDSA)</source>
        <translation>Cycles (PDSA)</translation>
    </message>
    <message>
        <source>IGLO – hvem gør hvad</source>
        <translation>IGLO – who does what</translation>
    </message>
</context>
<context>
    <name>InitiativeLinks</name>
    <message>
        <source>Du har ingen tiltag endnu. Når du har, kan du koble refleksionen til dem her.</source>
        <translation>You have no initiatives yet. Once you have, you can link the reflection to them here.</translation>
    </message>
    <message>
        <source>Koblet til tiltaget %1</source>
        <translation>Linked to the initiative %1</translation>
    </message>
</context>
<context>
    <name>InitiativeList</name>
    <message>
        <source>Tiltag</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Nyt tiltag</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Fra drejebog</source>
        <translation>From a script</translation>
    </message>
    <message>
        <source>Nyt tiltag ud fra en af kursets drejebøger</source>
        <translation>New initiative from one of the course&apos;s dialogue scripts</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Flyt tiltaget op (Alt+Pil op)</source>
        <translation>Move the initiative up (Alt+Up)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Flyt tiltaget ned (Alt+Pil ned)</source>
        <translation>Move the initiative down (Alt+Down)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet tiltaget (kan fortrydes)</source>
        <translation>Delete the initiative (can be undone)</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Cyklus %1 · %2</source>
        <translation>Cycle %1 · %2</translation>
    </message>
    <message>
        <source>Ingen cyklus</source>
        <translation>No cycle</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message numerus="yes">
        <source>%n tiltag</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen tiltag endnu</source>
        <translation>No initiatives yet</translation>
    </message>
    <message>
        <source>Slet tiltag »%1«</source>
        <translation>Delete initiative ‘%1’</translation>
    </message>
    <message>
        <source>Tiltaget »%1« er slettet.</source>
        <translation>The initiative ‘%1’ has been deleted.</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Slet tiltag</source>
        <translation>Delete initiative</translation>
    </message>
</context>
<context>
    <name>InitiativesScreen</name>
    <message>
        <source>Du har ingen tiltag endnu</source>
        <translation>You have no initiatives yet</translation>
    </message>
    <message>
        <source>Et tiltag er noget, du sætter i gang i din egen praksis for at styrke det psykiske arbejdsmiljø. Du planlægger det, prøver det af, ser på, hvordan det gik, og justerer – én cyklus ad gangen.</source>
        <translation>An initiative is something you set in motion in your own practice to strengthen the psychosocial work environment. You plan it, try it out, look at how it went and adjust – one cycle at a time.</translation>
    </message>
    <message>
        <source>Opret dit første tiltag</source>
        <translation>Create your first initiative</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Nyt tiltag</source>
        <translation>New initiative</translation>
    </message>
</context>
<context>
    <name>LevelSection</name>
    <message>
        <source>Ingen har en rolle på dette niveau endnu.</source>
        <translation>Nobody has a role at this level yet.</translation>
    </message>
    <message>
        <source>Tilføj rolle</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Tilføj rolle på niveauet %1</source>
        <translation>Add a role at the %1 level</translation>
    </message>
    <message>
        <source>Forslag fra forløbet</source>
        <translation>Course suggestions</translation>
    </message>
    <message>
        <source>Forslag til roller på niveauet %1</source>
        <translation>Suggested roles at the %1 level</translation>
    </message>
</context>
<context>
    <name>LockMark</name>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skærme</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Status for gemning</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Nyt tiltag</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Ny refleksion</source>
        <translation>New reflection</translation>
    </message>
    <message>
        <source>Eksportér PDF …</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Eksportér hele handleplanen …</source>
        <translation>Export the whole action plan…</translation>
    </message>
    <message>
        <source>Eksportér kalender (.ics) …</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <source>Hent handleplan fra fil …</source>
        <translation>Load action plan from file…</translation>
    </message>
    <message>
        <source>Gendan fra sikkerhedskopi …</source>
        <translation>Restore from backup …</translation>
    </message>
    <message>
        <source>Søg …</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Indstillinger …</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Luk Handleplan</source>
        <translation>Quit Handleplan</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Om dine data …</source>
        <translation>About your data …</translation>
    </message>
    <message>
        <source>Slet alle mine data …</source>
        <translation>Delete all my data …</translation>
    </message>
    <message>
        <source>Beskyt med adgangskode …</source>
        <translation>Protect with a passphrase …</translation>
    </message>
    <message>
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Refleksioner</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>TRIO</source>
        <translation>TRIO</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Course timeline</translation>
    </message>
    <message>
        <source>Værktøjer</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Alt er gemt</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Handleplan – %1</source>
        <translation>Handleplan – %1</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Fx hvem der var med, og hvad der skete</source>
        <translation>For instance who took part and what happened</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Psykologisk tryghed</source>
        <translation>Psychological safety</translation>
    </message>
    <message>
        <source>Stresstrappen</source>
        <translation>The stress staircase</translation>
    </message>
    <message>
        <source>De seks guldkorn</source>
        <translation>The six gold nuggets</translation>
    </message>
    <message>
        <source>Eget antal</source>
        <translation>Your own count</translation>
    </message>
    <message>
        <source>Tilføj måling</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <source>Før (fra Planlæg)</source>
        <translation>Before (from Plan)</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Ingen målinger endnu.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ret målingen %1</source>
        <translation>Edit the measurement %1</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet målingen %1</source>
        <translation>Delete the measurement %1</translation>
    </message>
    <message>
        <source>styrk: %1</source>
        <translation>strengthen: %1</translation>
    </message>
    <message>
        <source>alle til stede</source>
        <translation>all present</translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 siden sidst</source>
        <translation>%1 since last time</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>%1 over runderne</source>
        <translation>%1 over the cycles</translation>
    </message>
    <message>
        <source>før</source>
        <translation>before</translation>
    </message>
    <message>
        <source>efter</source>
        <translation>after</translation>
    </message>
    <message>
        <source>Runde %1 · %2</source>
        <translation>Cycle %1 · %2</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Skriv refleksion efter mødet</source>
        <translation>Write a reflection after the meeting</translation>
    </message>
    <message>
        <source>Åbner refleksionen efter dette TRIO-møde – eller skriver en ny</source>
        <translation>Opens the reflection on this TRIO meeting – or starts a new one</translation>
    </message>
    <message>
        <source>Slet mødet</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Du kan fortryde med Ctrl+Z</source>
        <translation>You can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <source>Mødets navn</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Hvor mødes I?</source>
        <translation>Where are you meeting?</translation>
    </message>
    <message>
        <source>Hvad talte I om? Hvad fyldte?</source>
        <translation>What did you talk about? What was on your minds?</translation>
    </message>
    <message>
        <source>Private noter vises ikke uden for mødet og kommer kun med i en PDF, hvis du vælger det</source>
        <translation>Private notes are not shown outside the meeting and go into a PDF only if you choose to</translation>
    </message>
    <message>
        <source>Spørgsmål, erfaringer og eksempler, I vil tage op på modulet</source>
        <translation>Questions, experiences and examples you want to raise at the module</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aftaler: hvem gør hvad</source>
        <translation>Agreements: who does what</translation>
    </message>
    <message>
        <source>Skriv, hvad I aftalte, hvem der gør det, og på hvilket niveau (Individ, Gruppe, Leder, Organisation). Aftalerne står også i din Handleplan.</source>
        <translation>Write down what you agreed, who will do it and at which level (Individual, Group, Leader, Organisation). The agreements also appear in your Action Plan.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>TRIO-medlem %1: navn</source>
        <translation>TRIO member %1: name</translation>
    </message>
    <message>
        <source>TRIO-medlem %1: rolle</source>
        <translation>TRIO member %1: role</translation>
    </message>
    <message>
        <source>Fjern TRIO-medlem %1</source>
        <translation>Remove TRIO member %1</translation>
    </message>
    <message>
        <source>Fjern »%1« fra TRIO&apos;en</source>
        <translation>Remove ‘%1’ from the TRIO</translation>
    </message>
</context>
<context>
    <name>MembersBox</name>
    <message>
        <source>Skriv navnene på dem, du er på forløbet med – fx jeres AMR og TR.</source>
        <translation>Write the names of the people you are on the course with – for example your safety rep and union rep.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Navn på nyt TRIO-medlem</source>
        <translation>Name of the new TRIO member</translation>
    </message>
    <message>
        <source>Rolle for nyt TRIO-medlem</source>
        <translation>Role of the new TRIO member</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tilføj TRIO-medlem</source>
        <translation>Add TRIO member</translation>
    </message>
    <message>
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
</context>
<context>
    <name>MilestoneReminder</name>
    <message>
        <source>Eksportér PDF …</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Ikke nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>%1 er i dag – eksportér din handleplan</source>
        <translation>%1 is today – export your action plan</translation>
    </message>
    <message>
        <source>%1 er i morgen – eksportér din handleplan</source>
        <translation>%1 is tomorrow – export your action plan</translation>
    </message>
    <message numerus="yes">
        <source>%1 om %n dage – eksportér din handleplan</source>
        <translation>
            <numerusform>%1 in %n day – export your action plan</numerusform>
            <numerusform>%1 in %n days – export your action plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Eksportér din handleplan som PDF til %1</source>
        <translation>Export your action plan as a PDF for %1</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Du kan fortryde med Ctrl+Z</source>
        <translation>You can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Spørgsmål og oplevelser, du vil tage op på modulet</source>
        <translation>Questions and experiences you want to raise at the module</translation>
    </message>
    <message>
        <source>Noter og aftaler</source>
        <translation>Notes and agreements</translation>
    </message>
    <message>
        <source>Åbn TRIO-mødet med noter og aftaler</source>
        <translation>Open the TRIO meeting with its notes and agreements</translation>
    </message>
    <message>
        <source>%1: navn</source>
        <translation>%1: name</translation>
    </message>
    <message>
        <source>%1: dato</source>
        <translation>%1: date</translation>
    </message>
    <message>
        <source>%1: sted</source>
        <translation>%1: place</translation>
    </message>
    <message>
        <source>Slet %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>%1: det vil jeg gerne drøfte</source>
        <translation>%1: what I would like to discuss</translation>
    </message>
    <message>
        <source>Noter og aftaler fra %1</source>
        <translation>Notes and agreements from %1</translation>
    </message>
    <message>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Afholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>TRIO-møde</source>
        <translation>TRIO meeting</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Opstart</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Slet »%1«</source>
        <translation>Delete ‘%1’</translation>
    </message>
</context>
<context>
    <name>ModuleAims</name>
    <message>
        <source>Formål med modulet</source>
        <translation>Aims of the module</translation>
    </message>
</context>
<context>
    <name>NewReflectionMenu</name>
    <message>
        <source>Efter %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <source>Efter %1 (%2)</source>
        <translation>After %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – skrevet, åbn den</source>
        <translation>%1 – written, open it</translation>
    </message>
    <message>
        <source>Intet modul eller TRIO-møde er holdt endnu</source>
        <translation>No module or TRIO meeting has taken place yet</translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Fri refleksion</source>
        <translation>Open reflection</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Dine tiltag</source>
        <translation>Your initiatives</translation>
    </message>
    <message>
        <source>Opgaver, der forfalder</source>
        <translation>Tasks due</translation>
    </message>
    <message>
        <source>Seneste refleksioner</source>
        <translation>Latest reflections</translation>
    </message>
    <message>
        <source>Dit fokus/tema</source>
        <translation>Your focus/theme</translation>
    </message>
    <message>
        <source>Hvilket tema vil du især have input til gennem forløbet?</source>
        <translation>Which theme would you most like input on during the course?</translation>
    </message>
    <message>
        <source>Eksportér PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Eksportér din Handleplan som PDF</source>
        <translation>Export your Action Plan as a PDF</translation>
    </message>
    <message>
        <source>Det vil jeg drøfte …</source>
        <translation>What I want to discuss …</translation>
    </message>
    <message>
        <source>Skriv, hvad du vil drøfte på milepælen</source>
        <translation>Write what you want to discuss at the milestone</translation>
    </message>
    <message>
        <source>Hej %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Din Handleplan</source>
        <translation>Your Action Plan</translation>
    </message>
    <message>
        <source>Dit fokus: %1</source>
        <translation>Your focus: %1</translation>
    </message>
    <message>
        <source>Du har ikke skrevet dit fokus endnu – det tema, du især vil have input til gennem forløbet.</source>
        <translation>You have not written your focus yet – the theme you would most like input on during the course.</translation>
    </message>
    <message>
        <source>%1 er i dag – husk din Handleplan</source>
        <translation>%1 is today – remember your Action Plan</translation>
    </message>
    <message>
        <source>%1 er i morgen – din PDF er klar til eksport</source>
        <translation>%1 is tomorrow – your PDF is ready to export</translation>
    </message>
    <message numerus="yes">
        <source>%1 om %n dage – din PDF er klar til eksport</source>
        <translation>
            <numerusform>%1 in %n day – your PDF is ready to export</numerusform>
            <numerusform>%1 in %n days – your PDF is ready to export</numerusform>
        </translation>
    </message>
    <message>
        <source>Forløbet er slut – godt gået</source>
        <translation>The course is over – well done</translation>
    </message>
    <message>
        <source>Din Handleplan kan stadig eksporteres som PDF til dig selv eller din TRIO.</source>
        <translation>You can still export your Action Plan as a PDF for yourself or your TRIO.</translation>
    </message>
    <message>
        <source>Forløbet har ingen datoer endnu</source>
        <translation>The course has no dates yet</translation>
    </message>
    <message>
        <source>Skriv datoerne for modulerne og TRIO-møderne under Forløb, så viser Overblik, hvad der kommer næste gang.</source>
        <translation>Enter the dates of the modules and TRIO meetings under Course timeline, and Overview will show what is coming up next.</translation>
    </message>
    <message>
        <source>Cyklus %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>privat</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Du har ingen tiltag endnu – tryk Ctrl+N for at oprette dit første.</source>
        <translation>You have no initiatives yet – press Ctrl+N to create your first one.</translation>
    </message>
    <message numerus="yes">
        <source>Vis alle %n tiltag</source>
        <translation>
            <numerusform>Show all %n initiative</numerusform>
            <numerusform>Show all %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Vis færre</source>
        <translation>Show fewer</translation>
    </message>
    <message numerus="yes">
        <source>Opgaver de næste %n dage</source>
        <translation>
            <numerusform>Tasks due in the next %n day</numerusform>
            <numerusform>Tasks due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ingen åbne opgaver de næste %n dage. Opgaverne kommer fra IGLO – hvem gør hvad – i dine tiltag, fra aftalerne på TRIO-møderne og fra de opgaver i dine cyklusser, der har en dato.</source>
        <translation>
            <numerusform>No open tasks in the next %n day. Tasks come from IGLO – who does what – in your initiatives, from the agreements made at TRIO meetings and from the tasks in your cycles that have a date.</numerusform>
            <numerusform>No open tasks in the next %n days. Tasks come from IGLO – who does what – in your initiatives, from the agreements made at TRIO meetings and from the tasks in your cycles that have a date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiltag »%1«</source>
        <translation>Initiative ‘%1’</translation>
    </message>
    <message>
        <source>Aftalt på %1</source>
        <translation>Agreed at %1</translation>
    </message>
    <message>
        <source>Forfalden %1</source>
        <translation>Was due %1</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>Vis alle %n opgaver</source>
        <translation>
            <numerusform>Show all %n task</numerusform>
            <numerusform>Show all %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Du har ingen refleksioner endnu – tryk Ctrl+R efter et modul eller et TRIO-møde for at skrive den første.</source>
        <translation>You have no reflections yet – press Ctrl+R after a module or a TRIO meeting to write your first one.</translation>
    </message>
    <message>
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Redigér fokus</source>
        <translation>Edit focus</translation>
    </message>
    <message>
        <source>Skriv dit fokus</source>
        <translation>Write your focus</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>mig</source>
        <translation>me</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Forløbets spørgsmål</source>
        <translation>The course&apos;s questions</translation>
    </message>
    <message>
        <source>Videre til %1 →</source>
        <translation>Move on to %1 →</translation>
    </message>
    <message>
        <source>Endnu tomt</source>
        <translation>Not filled in yet</translation>
    </message>
    <message>
        <source>Målinger før</source>
        <translation>Measurements before</translation>
    </message>
    <message>
        <source>Mål, hvor I står, før I går i gang: psykologisk tryghed, stresstrappen, guldkornene – eller dit eget antal.</source>
        <translation>Measure where you stand before you start: psychological safety, the stress staircase, the gold nuggets – or your own count.</translation>
    </message>
    <message>
        <source>Målinger før og efter</source>
        <translation>Measurements before and after</translation>
    </message>
    <message>
        <source>Mål igen, og sammenlign med målingen før. Over flere runder viser kurven, om forandringen holder.</source>
        <translation>Measure again and compare with the measurement before. Over several cycles the chart shows whether the change holds.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Alt udfyldt</source>
        <translation>All filled in</translation>
    </message>
    <message>
        <source>1 tomt felt</source>
        <translation>1 empty field</translation>
    </message>
    <message>
        <source>%1 tomme felter</source>
        <translation>%1 empty fields</translation>
    </message>
    <message>
        <source>%1 (afsluttet)</source>
        <translation>%1 (finished)</translation>
    </message>
    <message>
        <source>%1 (nu)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>PhaseWheel</name>
    <message>
        <source>Planlæg</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Udfør</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Evaluér</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Justér</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Ingen cyklus</source>
        <translation>No cycle</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Min forudsigelse</source>
        <translation>My prediction</translation>
    </message>
    <message>
        <source>Tilføj spørgsmål</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Tilføj opgave</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>PortableFile</name>
    <message>
        <source>Eksportér hele handleplanen – også det private</source>
        <translation>Export the whole action plan – private entries included</translation>
    </message>
    <message>
        <source>Handleplan-fil (*.handleplan)</source>
        <translation>Handleplan file (*.handleplan)</translation>
    </message>
    <message>
        <source>Hele handleplanen er gemt i {path}.

Filen rummer alt, også dine private poster. Gem den et sikkert sted, og send den ikke til andre.</source>
        <translation>The whole action plan has been saved in {path}.

The file holds everything, your private entries included. Keep it somewhere safe, and do not send it to others.</translation>
    </message>
    <message>
        <source>Hent handleplan fra fil</source>
        <translation>Load action plan from file</translation>
    </message>
    <message>
        <source>Handleplanen er hentet fra {path}.</source>
        <translation>The action plan has been loaded from {path}.</translation>
    </message>
    <message>
        <source>Den tidligere handleplan er gemt som sikkerhedskopi i {path}.</source>
        <translation>The previous action plan has been saved as a backup in {path}.</translation>
    </message>
    <message>
        <source>Erstat handleplanen?</source>
        <translation>Replace the action plan?</translation>
    </message>
    <message>
        <source>Vil du erstatte din handleplan med den i {name}?

Din nuværende handleplan gemmes først som sikkerhedskopi. Derefter erstattes den helt af handleplanen fra filen.</source>
        <translation>Do you want to replace your action plan with the one in {name}?

Your current action plan is saved as a backup first. Then it is replaced entirely by the action plan from the file.</translation>
    </message>
    <message>
        <source>Erstat handleplanen</source>
        <translation>Replace the action plan</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Beskyt med adgangskode</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Glemmer du adgangskoden, kan ingen åbne din handleplan igen – heller ikke os.&lt;/b&gt; Der findes ingen nøgle i reserve. Skriv adgangskoden ned, og gem den et sikkert sted.</source>
        <translation>&lt;b&gt;If you forget the passphrase, no one can open your action plan again – not even us.&lt;/b&gt; There is no spare key. Write the passphrase down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Gem først en kopi af hele handleplanen …</source>
        <translation>First save a copy of the whole action plan …</translation>
    </message>
    <message>
        <source>Nuværende adgangskode</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Ny adgangskode</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>Efter %n minutter</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lås, når den ikke bruges</source>
        <translation>Lock when not in use</translation>
    </message>
    <message>
        <source>Skift adgangskode</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Fjern beskyttelsen</source>
        <translation>Remove the protection</translation>
    </message>
    <message>
        <source>Beskyt handleplanen</source>
        <translation>Protect the action plan</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Din handleplan og dens sikkerhedskopier er krypteret på computeren. Du skriver adgangskoden, hver gang du åbner Handleplan.</source>
        <translation>Your action plan and its backups are encrypted on this computer. You enter the passphrase each time you open Handleplan.</translation>
    </message>
    <message>
        <source>Med en adgangskode bliver din handleplan og dens sikkerhedskopier krypteret på computeren. Så kan ingen læse dine noter uden adgangskoden – heller ikke hvis computeren bliver væk. Du skriver den, hver gang du åbner Handleplan.</source>
        <translation>With a passphrase, your action plan and its backups are encrypted on this computer. No one can read your notes without it – not even if the computer goes missing. You enter it each time you open Handleplan.</translation>
    </message>
    <message>
        <source>Din handleplan er nu beskyttet med adgangskoden.</source>
        <translation>Your action plan is now protected with the passphrase.</translation>
    </message>
    <message>
        <source>Adgangskoden er skiftet. Brug den nye, næste gang du åbner Handleplan.</source>
        <translation>The passphrase has been changed. Use the new one the next time you open Handleplan.</translation>
    </message>
    <message>
        <source>Beskyttelsen er fjernet. Din handleplan åbner nu uden adgangskode.</source>
        <translation>The protection has been removed. Your action plan now opens without a passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Brug mindst %n tegn – gerne nogle ord i træk, som du kan huske.</source>
        <translation>
            <numerusform>Use at least %n character – a few words in a row you can remember work well.</numerusform>
            <numerusform>Use at least %n characters – a few words in a row you can remember work well.</numerusform>
        </translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens. Skriv den igen i det nederste felt.</source>
        <translation>The two passphrases are not the same. Type it again in the lower field.</translation>
    </message>
    <message>
        <source>Den nuværende adgangskode passer ikke. Intet er ændret.</source>
        <translation>The current passphrase does not match. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>PsychSafetyDialog</name>
    <message>
        <source>Psykologisk tryghed – måling</source>
        <translation>Psychological safety – measurement</translation>
    </message>
    <message>
        <source>Skriv hver besvarelse i sin egen kolonne, uden navne: %1 = helt uenig, %2 = helt enig.</source>
        <translation>Enter each response in its own column, without names: %1 = strongly disagree, %2 = strongly agree.</translation>
    </message>
    <message>
        <source>Vi har kun gennemsnittene (svar på papir eller i et andet værktøj)</source>
        <translation>We only have the averages (answers on paper or in another tool)</translation>
    </message>
    <message>
        <source>Antal, der svarede: </source>
        <translation>Number who answered: </translation>
    </message>
    <message>
        <source>Tilføj besvarelse</source>
        <translation>Add response</translation>
    </message>
    <message>
        <source>Udsagn</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Gennemsnit</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Samlet gennemsnit: –</source>
        <translation>Overall average: –</translation>
    </message>
    <message>
        <source>Samlet gennemsnit: %1 · %2</source>
        <translation>Overall average: %1 · %2</translation>
    </message>
    <message>
        <source>Siden sidste måling (%1): %2</source>
        <translation>Since the last measurement (%1): %2</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Åbn TRIO-mødet</source>
        <translation>Open the TRIO meeting</translation>
    </message>
    <message>
        <source>Slet refleksion</source>
        <translation>Delete reflection</translation>
    </message>
    <message>
        <source>Du kan fortryde med Ctrl+Z</source>
        <translation>You can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <source>Giv refleksionen en overskrift</source>
        <translation>Give the reflection a title</translation>
    </message>
    <message>
        <source>Private refleksioner kommer ikke med i PDF&apos;en, medmindre du selv vælger det.</source>
        <translation>Private reflections are left out of the PDF unless you choose to include them.</translation>
    </message>
    <message>
        <source>Alt det andet, du vil huske – med dine egne ord.</source>
        <translation>Anything else you want to remember – in your own words.</translation>
    </message>
    <message>
        <source>Hænger sammen med disse tiltag</source>
        <translation>Linked to these initiatives</translation>
    </message>
    <message>
        <source>Fri refleksion</source>
        <translation>Open reflection</translation>
    </message>
    <message>
        <source>Skriv om det, der fylder – når som helst i forløbet.</source>
        <translation>Write about whatever is on your mind – at any point in the course.</translation>
    </message>
    <message>
        <source>Refleksion efter %1</source>
        <translation>Reflection after %1</translation>
    </message>
</context>
<context>
    <name>ReflectionLogModel</name>
    <message>
        <source>privat</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Fri refleksion</source>
        <translation>Open reflection</translation>
    </message>
    <message>
        <source>Efter %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <source>%1 · efter %2</source>
        <translation>%1 · after %2</translation>
    </message>
</context>
<context>
    <name>ReflectionsScreen</name>
    <message>
        <source>Refleksioner, nyeste først</source>
        <translation>Reflections, newest first</translation>
    </message>
    <message>
        <source>Ny refleksion</source>
        <translation>New reflection</translation>
    </message>
    <message>
        <source>Skriv en refleksion efter et modul eller et TRIO-møde (Ctrl+R)</source>
        <translation>Write a reflection after a module or a TRIO meeting (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refleksioner</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>Efter hvert modul og TRIO-møde: hvad tager du med, og hvad skal du hjem og gøre?</source>
        <translation>After each module and TRIO meeting: what are you taking with you, and what will you do back at work?</translation>
    </message>
    <message>
        <source>Ingen refleksioner endnu</source>
        <translation>No reflections yet</translation>
    </message>
    <message>
        <source>Efter hvert modul og hvert TRIO-møde kan du skrive en refleksion med spørgsmål til dagen – eller en fri refleksion, når noget fylder. Vælg »Ny refleksion« for at komme i gang.</source>
        <translation>After each module and each TRIO meeting you can write a reflection with questions for the day – or an open reflection whenever something is on your mind. Choose ‘New reflection’ to get started.</translation>
    </message>
    <message>
        <source>Skriv din første refleksion</source>
        <translation>Write your first reflection</translation>
    </message>
    <message>
        <source>Efter %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <source>Fri refleksion</source>
        <translation>Open reflection</translation>
    </message>
    <message>
        <source>slet refleksionen »%1«</source>
        <translation>delete the reflection ‘%1’</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Handleplan tager en sikkerhedskopi for hver halve time, du arbejder, og når du lukker. Vælg den, du vil gå tilbage til. Din handleplan, som den er nu, gemmes først som sikkerhedskopi – så kan du også fortryde en gendannelse her.</source>
        <translation>Handleplan makes a backup for every half hour you work, and when you close it. Choose the one you want to go back to. Your plan as it is now is backed up first – so you can undo a restore here too.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier endnu. Den første tages, når du har arbejdet en halv time, eller når du lukker Handleplan.</source>
        <translation>There are no backups yet. The first is made when you have worked for half an hour, or when you close Handleplan.</translation>
    </message>
    <message>
        <source>Gendan …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Da du lukkede</source>
        <translation>When you closed</translation>
    </message>
    <message>
        <source>Før en opdatering</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <source>Før du hentede en fil</source>
        <translation>Before you loaded a file</translation>
    </message>
    <message>
        <source>Før en gendannelse</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Taget af dig</source>
        <translation>Made by you</translation>
    </message>
    <message>
        <source>Før adgangskoden blev ændret</source>
        <translation>Before the passphrase was changed</translation>
    </message>
    <message>
        <source>Kan ikke læses</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Gendan handleplanen?</source>
        <translation>Restore the plan?</translation>
    </message>
    <message>
        <source>Vil du gå tilbage til handleplanen fra {when}?

Din handleplan, som den er nu, gemmes først som sikkerhedskopi. Derefter erstattes den af sikkerhedskopien.</source>
        <translation>Do you want to go back to the plan from {when}?

Your plan as it is now is backed up first. Then it is replaced by the backup.</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Handleplanen er gendannet fra {when}.</source>
        <translation>The plan has been restored from {when}.</translation>
    </message>
    <message>
        <source>Handleplanen, som den var før, er gemt som sikkerhedskopi: {name}.</source>
        <translation>The plan as it was before is kept as a backup: {name}.</translation>
    </message>
    <message>
        <source>Noget af det, du har skrevet, er ikke gemt endnu. Vent, til der står »Gemt«, og prøv igen.</source>
        <translation>Some of what you have written is not saved yet. Wait until it says “Saved”, and try again.</translation>
    </message>
</context>
<context>
    <name>RiskyPlace</name>
    <message>
        <source>Synkroniseringen kan kopiere filen halvt færdig eller uden de sidste ændringer og på den måde beskadige din handleplan. Dine notater kommer også ud på tjenesten.</source>
        <translation>Synchronisation can copy the file half-written or without its latest changes, and so damage your plan. Your notes also end up on the service.</translation>
    </message>
    <message>
        <source>Mappen med dine data ligger på et netværksdrev.</source>
        <translation>The folder with your data is on a network drive.</translation>
    </message>
    <message>
        <source>Over netværket kan Handleplan ikke låse filen sikkert, og den kan blive beskadiget.</source>
        <translation>Over the network Handleplan cannot lock the file safely, and it can be damaged.</translation>
    </message>
    <message>
        <source>Dine data ligger et usikkert sted</source>
        <translation>Your data is in an unsafe place</translation>
    </message>
    <message>
        <source>Flyt mappen til din egen computer, fx din brugers datamappe, og start Handleplan med den. Mappen er: %1</source>
        <translation>Move the folder to your own computer, for example your user&apos;s data folder, and start Handleplan with it. The folder is: %1</translation>
    </message>
    <message>
        <source>Mappen med dine data ligger i %1, som synkroniseres med en sky-tjeneste.</source>
        <translation>The folder with your data is inside %1, which is synchronised with a cloud service.</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Rolle %1: hvem</source>
        <translation>Role %1: who</translation>
    </message>
    <message>
        <source>Rolle %1: hvad</source>
        <translation>Role %1: what</translation>
    </message>
    <message>
        <source>Rolle %1: senest</source>
        <translation>Role %1: due by</translation>
    </message>
    <message>
        <source>Rolle %1 er gjort</source>
        <translation>Role %1 is done</translation>
    </message>
    <message>
        <source>Slet rolle %1</source>
        <translation>Delete role %1</translation>
    </message>
    <message>
        <source>Slet rolle »%1«</source>
        <translation>Delete role ‘%1’</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Senest</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>privat</source>
        <translation>private</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>Slet række</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Skriv en dato – fx 4/11, 4. nov. eller i morgen – så kommer opgaven med på Overblik og i din kalender. Fri tekst som »uge 3« går også.</source>
        <translation>Write a date – e.g. 4/11, 4 Nov or tomorrow – and the task appears on the Overview and in your calendar. Free text such as “week 3” works too.</translation>
    </message>
    <message>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Iagttagelsen er privat</source>
        <translation>The observation is private</translation>
    </message>
    <message>
        <source>Privat: kommer kun med i en PDF, hvis du selv sætter flueben ved den</source>
        <translation>Private: goes into a PDF only if you tick it yourself</translation>
    </message>
    <message>
        <source>Min forudsigelse</source>
        <translation>My prediction</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hvad blev resultatet?</source>
        <translation>What was the result?</translation>
    </message>
    <message>
        <source>(spørgsmålet er ikke skrevet endnu)</source>
        <translation>(question not written yet)</translation>
    </message>
    <message>
        <source>(ingen forudsigelse)</source>
        <translation>(no prediction)</translation>
    </message>
    <message>
        <source>Slet spørgsmål »%1«</source>
        <translation>Delete question ‘%1’</translation>
    </message>
    <message>
        <source>Slet opgave »%1«</source>
        <translation>Delete task ‘%1’</translation>
    </message>
    <message>
        <source>Slet iagttagelse »%1«</source>
        <translation>Delete observation ‘%1’</translation>
    </message>
    <message>
        <source>Spørgsmål %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Forudsigelse til spørgsmål %1</source>
        <translation>Prediction for question %1</translation>
    </message>
    <message>
        <source>Slet spørgsmål %1</source>
        <translation>Delete question %1</translation>
    </message>
    <message>
        <source>Opgave %1: hvad</source>
        <translation>Task %1: what</translation>
    </message>
    <message>
        <source>Opgave %1: hvem</source>
        <translation>Task %1: who</translation>
    </message>
    <message>
        <source>Opgave %1: hvornår</source>
        <translation>Task %1: when</translation>
    </message>
    <message>
        <source>Opgave %1: hvor</source>
        <translation>Task %1: where</translation>
    </message>
    <message>
        <source>Opgave %1 er gjort</source>
        <translation>Task %1 is done</translation>
    </message>
    <message>
        <source>Slet opgave %1</source>
        <translation>Delete task %1</translation>
    </message>
    <message>
        <source>Dato for iagttagelse %1</source>
        <translation>Date of observation %1</translation>
    </message>
    <message>
        <source>Iagttagelse %1</source>
        <translation>Observation %1</translation>
    </message>
    <message>
        <source>Iagttagelse %1 er privat</source>
        <translation>Observation %1 is private</translation>
    </message>
    <message>
        <source>Slet iagttagelse %1</source>
        <translation>Delete observation %1</translation>
    </message>
    <message>
        <source>Resultat: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Forudsigelse: %1</source>
        <translation>Prediction: %1</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Beskyt filen med en adgangskode?</source>
        <translation>Protect the file with a passphrase?</translation>
    </message>
    <message>
        <source>Filen rummer hele handleplanen, også dine private poster. Med en adgangskode kan du trygt sende den til dig selv. Uden adgangskoden kan filen ikke åbnes – heller ikke af os.</source>
        <translation>The file holds the whole action plan, your private entries too. With a passphrase you can safely send it to yourself. Without the passphrase the file cannot be opened – not even by us.</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Gem med adgangskode</source>
        <translation>Save with a passphrase</translation>
    </message>
    <message>
        <source>Gem uden adgangskode</source>
        <translation>Save without a passphrase</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Brug mindst %n tegn – gerne nogle ord i træk, som du kan huske.</source>
        <translation>
            <numerusform>Use at least %n character – a few words in a row you can remember work well.</numerusform>
            <numerusform>Use at least %n characters – a few words in a row you can remember work well.</numerusform>
        </translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens. Skriv den igen i det nederste felt.</source>
        <translation>The two passphrases are not the same. Type it again in the lower field.</translation>
    </message>
    <message>
        <source>Filen er beskyttet</source>
        <translation>The file is protected</translation>
    </message>
    <message>
        <source>Hent</source>
        <translation>Load</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Søg i din Handleplan</source>
        <translation>Search your Action Plan</translation>
    </message>
    <message>
        <source>Ryd søgningen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Søg efter et ord, et navn, en sætning …</source>
        <translation>Search for a word, a name, a phrase…</translation>
    </message>
    <message>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Søg i alt, hvad du har skrevet</source>
        <translation>&amp;Search everything you have written</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Skriv et ord, så finder Handleplan det i dine tiltag, refleksioner, møder og forløb.</source>
        <translation>Type a word and Handleplan will find it in your initiatives, reflections, meetings and course timeline.</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message numerus="yes">
        <source>%n fund</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Intet fundet for »%1«. Prøv et kortere ord eller en anden stavemåde.</source>
        <translation>Nothing found for ‘%1’. Try a shorter word or a different spelling.</translation>
    </message>
    <message>
        <source>Tiltag »%1«</source>
        <translation>Initiative ‘%1’</translation>
    </message>
    <message>
        <source>Cyklus %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>Refleksion »%1«</source>
        <translation>Reflection ‘%1’</translation>
    </message>
    <message>
        <source>Refleksion</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>TRIO-møde</source>
        <translation>TRIO meeting</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Course timeline</translation>
    </message>
    <message>
        <source>%1 »%2«</source>
        <translation>%1 ‘%2’</translation>
    </message>
    <message>
        <source>Om dig</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Din TRIO</source>
        <translation>Your TRIO</translation>
    </message>
    <message>
        <source>Hvad vil jeg opnå?</source>
        <translation>What am I trying to accomplish?</translation>
    </message>
    <message>
        <source>Hvorfor dette tiltag?</source>
        <translation>Why this initiative?</translation>
    </message>
    <message>
        <source>Tegn på forbedring</source>
        <translation>Signs of improvement</translation>
    </message>
    <message>
        <source>Plan for data</source>
        <translation>Data plan</translation>
    </message>
    <message>
        <source>Metode og redskaber</source>
        <translation>Methods and tools</translation>
    </message>
    <message>
        <source>Hvem hjælper mig?</source>
        <translation>Who will help me?</translation>
    </message>
    <message>
        <source>Det, jeg ikke havde planlagt</source>
        <translation>What happened that I had not planned</translation>
    </message>
    <message>
        <source>Det har jeg lært</source>
        <translation>What I have learnt</translation>
    </message>
    <message>
        <source>Sammenligning med før</source>
        <translation>Compared with before</translation>
    </message>
    <message>
        <source>Begrundelse for beslutningen</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>IGLO: hvem</source>
        <translation>IGLO: who</translation>
    </message>
    <message>
        <source>IGLO: hvad</source>
        <translation>IGLO: what</translation>
    </message>
    <message>
        <source>Aftale: hvem</source>
        <translation>Agreement: who</translation>
    </message>
    <message>
        <source>Aftale: hvad</source>
        <translation>Agreement: what</translation>
    </message>
    <message>
        <source>Overskrift</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Egne noter</source>
        <translation>My own notes</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Noter fra mødet</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>Det vil jeg gerne drøfte</source>
        <translation>What I would like to discuss</translation>
    </message>
    <message>
        <source>Det tager vi med til næste modul</source>
        <translation>What we will take to the next module</translation>
    </message>
    <message>
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Fokus/tema</source>
        <translation>Focus/theme</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Min forudsigelse</source>
        <translation>My prediction</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Opgave: hvad</source>
        <translation>Task: what</translation>
    </message>
    <message>
        <source>Opgave: hvem</source>
        <translation>Task: who</translation>
    </message>
    <message>
        <source>Opgave: hvornår</source>
        <translation>Task: when</translation>
    </message>
    <message>
        <source>Opgave: hvor</source>
        <translation>Task: where</translation>
    </message>
    <message>
        <source>Iagttagelse</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Svar på et spørgsmål</source>
        <translation>Answer to a question</translation>
    </message>
</context>
<context>
    <name>SensitiveWarning</name>
    <message>
        <source>Tjek, før du deler: PDF&apos;en nævner dine medarbejdere eller ord, du har markeret som følsomme.</source>
        <translation>Check before you share: the PDF names your staff or words you marked as sensitive.</translation>
    </message>
    <message>
        <source>Du vælger selv: gør det privat, tag det ud af PDF&apos;en, eller lad det stå.</source>
        <translation>It is your choice: make it private, take it out of the PDF, or leave it.</translation>
    </message>
    <message>
        <source>Navnet »%1« står i %2</source>
        <translation>The name ‘%1’ is in %2</translation>
    </message>
    <message>
        <source>Ordet »%1« står i %2</source>
        <translation>The word ‘%1’ is in %2</translation>
    </message>
    <message>
        <source>Gør privat</source>
        <translation>Make private</translation>
    </message>
    <message>
        <source>Gør privat: %1</source>
        <translation>Make private: %1</translation>
    </message>
    <message>
        <source>Tag ud</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Tag ud af PDF&apos;en: %1</source>
        <translation>Take out of the PDF: %1</translation>
    </message>
</context>
<context>
    <name>SensitiveWordsDialog</name>
    <message>
        <source>Følsomme ord</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <source>Skriv ét ord eller udtryk på hver linje, fx »sygemeldt« eller »stress«. Handleplan siger til, når et af dem står i det, du er ved at dele. Navnene på dine medarbejdere i TRIO og IGLO finder Handleplan selv.</source>
        <translation>Write one word or phrase on each line, for example ‘sick leave’ or ‘stress’. Handleplan tells you when one of them is in what you are about to share. The names of your staff in TRIO and IGLO Handleplan finds by itself.</translation>
    </message>
    <message>
        <source>Følsomme ord, ét på hver linje</source>
        <translation>Sensitive words, one on each line</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Handleplan skifter sprog, når du lukker dette vindue.</source>
        <translation>Handleplan switches language when you close this window.</translation>
    </message>
    <message>
        <source>Vis opgaver på Overblik, der forfalder inden for</source>
        <translation>On Overview, show tasks due within</translation>
    </message>
    <message>
        <source>Opgaver, der allerede er forfaldne, vises altid.</source>
        <translation>Overdue tasks are always shown.</translation>
    </message>
    <message>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Nye tiltag er private</source>
        <translation>New initiatives are private</translation>
    </message>
    <message>
        <source>Nye refleksioner er private</source>
        <translation>New reflections are private</translation>
    </message>
    <message>
        <source>Nye iagttagelser er private</source>
        <translation>New observations are private</translation>
    </message>
    <message>
        <source>Noter fra nye TRIO-møder er private</source>
        <translation>Notes from new TRIO meetings are private</translation>
    </message>
    <message>
        <source>Slet sikkerhedskopier ældre end</source>
        <translation>Delete backups older than</translation>
    </message>
    <message>
        <source>En sikkerhedskopi er hele din handleplan, også det private. Den nyeste gode kopi slettes aldrig.</source>
        <translation>A backup is your whole action plan, the private entries too. The newest good backup is never deleted.</translation>
    </message>
    <message>
        <source>forløbet plus et år (standard)</source>
        <translation>the course plus a year (default)</translation>
    </message>
    <message>
        <source>6 måneder</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>1 år</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>2 år</source>
        <translation>2 years</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Om dig</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Din TRIO retter du under TRIO, dit fokus på Overblik.</source>
        <translation>You change your TRIO under TRIO, and your focus on the Overview.</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Fortrolighed</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>En privat post vises med en lås og kommer kun med i en PDF, hvis du selv vælger den. Her vælger du, hvordan nye poster starter – du kan altid ændre det for den enkelte.</source>
        <translation>A private entry shows a padlock and goes into a PDF only if you choose it yourself. Here you choose how new entries start – you can always change it for each one.</translation>
    </message>
    <message>
        <source>Dine data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Din Handleplan gemmes kun her på computeren. Intet sendes nogen steder hen, før du selv eksporterer det.</source>
        <translation>Your Action Plan is stored only here, on this computer. Nothing is sent anywhere until you export it yourself.</translation>
    </message>
    <message>
        <source>Mappen med dine data</source>
        <translation>Your data folder</translation>
    </message>
    <message>
        <source>Åbn mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaircaseDialog</name>
    <message>
        <source>Stresstrappen – tjek ind</source>
        <translation>The stress staircase – check-in</translation>
    </message>
    <message>
        <source>Hvor mange står på hvert trin? Kun antal – aldrig navne.</source>
        <translation>How many are on each step? Numbers only – never names.</translation>
    </message>
    <message>
        <source>%1 – dine handlemuligheder:</source>
        <translation>%1 – what you can do:</translation>
    </message>
    <message>
        <source>Skriv, hvor mange der står på hvert trin.</source>
        <translation>Enter how many are on each step.</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Du har ikke skrevet spørgsmål i Planlæg endnu. Skriv dem dér, så kan du sætte resultaterne ved siden af dine forudsigelser her.</source>
        <translation>You have not written any questions under Plan yet. Write them there, and you can set the results beside your predictions here.</translation>
    </message>
</context>
<context>
    <name>TagsBox</name>
    <message>
        <source>Læs om modellen</source>
        <translation>Read about the model</translation>
    </message>
    <message>
        <source>Læs om %1 under Værktøjer</source>
        <translation>Read about %1 under Tools</translation>
    </message>
    <message>
        <source>%1 under Værktøjer</source>
        <translation>%1 under Tools</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Tilføj TRIO-møde</source>
        <translation>Add TRIO meeting</translation>
    </message>
    <message>
        <source>Forløbet er tomt. Tilføj et TRIO-møde, eller start en ny Handleplan.</source>
        <translation>The course timeline is empty. Add a TRIO meeting, or start a new Action Plan.</translation>
    </message>
    <message>
        <source>Forløb</source>
        <translation>Course timeline</translation>
    </message>
    <message>
        <source>Modulerne og TRIO-møderne i den rækkefølge, de kommer. Ret navn, dato og sted, så de passer til dit hold – og skriv, hvad du gerne vil drøfte på hvert modul. Det kommer med i PDF&apos;en.</source>
        <translation>The modules and TRIO meetings in the order they come. Change the name, date and place to fit your course group – and note what you would like to discuss at each module. It goes into the PDF.</translation>
    </message>
    <message>
        <source>TRIO-møde</source>
        <translation>TRIO meeting</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Forløbet</source>
        <translation>Course timeline</translation>
    </message>
    <message>
        <source>Forløbet har ingen datoer endnu.</source>
        <translation>The course has no dates yet.</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 – tegn</source>
        <translation>%1 – signs</translation>
    </message>
    <message>
        <source>%1 – lederens handlemuligheder</source>
        <translation>%1 – what the leader can do</translation>
    </message>
    <message>
        <source>Drejebog: %1</source>
        <translation>Dialogue script: %1</translation>
    </message>
    <message>
        <source>Start et tiltag ud fra »%1«</source>
        <translation>Start an initiative from “%1”</translation>
    </message>
    <message>
        <source>Mål jeres psykologiske tryghed (%1 = helt uenig, %2 = helt enig)</source>
        <translation>Measure your psychological safety (%1 = strongly disagree, %2 = strongly agree)</translation>
    </message>
    <message>
        <source>Alle svarer anonymt på hvert udsagn. Til sidst udregnes et gennemsnit for hvert udsagn.</source>
        <translation>Everyone answers each statement anonymously. Finally, an average is worked out for each statement.</translation>
    </message>
    <message>
        <source>Sådan kan I læse resultatet</source>
        <translation>How to read the result</translation>
    </message>
</context>
<context>
    <name>ToolsScreen</name>
    <message>
        <source>Kursets værktøjer</source>
        <translation>The course&apos;s tools</translation>
    </message>
    <message>
        <source>Værktøjer</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Kursets modeller og redskaber, til brug i din egen praksis og i dine tiltag.</source>
        <translation>The course&apos;s models and tools, for use in your own practice and in your initiatives.</translation>
    </message>
</context>
<context>
    <name>TrioScreen</name>
    <message>
        <source>TRIO-møder</source>
        <translation>TRIO meetings</translation>
    </message>
    <message>
        <source>Tilføj TRIO-møde</source>
        <translation>Add TRIO meeting</translation>
    </message>
    <message>
        <source>TRIO</source>
        <translation>TRIO</translation>
    </message>
    <message>
        <source>Dig og dem, du er på forløbet med. Mellem modulerne mødes I og aftaler, hvem gør hvad.</source>
        <translation>You and the people you are on the course with. Between modules you meet and agree who does what.</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Ingen TRIO-møder endnu</source>
        <translation>No TRIO meetings yet</translation>
    </message>
    <message>
        <source>Mellem modulerne mødes du med din TRIO. Her skriver I noter, aftaler hvem der gør hvad, og hvad I tager med til næste modul.</source>
        <translation>Between modules you meet with your TRIO. Here you write notes, agree who does what and decide what to take to the next module.</translation>
    </message>
    <message>
        <source>Tilføj det første TRIO-møde</source>
        <translation>Add the first TRIO meeting</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Afholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>private noter</source>
        <translation>private notes</translation>
    </message>
    <message>
        <source>TRIO-møde</source>
        <translation>TRIO meeting</translation>
    </message>
    <message>
        <source>Slet »%1«</source>
        <translation>Delete ‘%1’</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Handleplan er låst</source>
        <translation>Handleplan is locked</translation>
    </message>
    <message>
        <source>Din handleplan er beskyttet</source>
        <translation>Your action plan is protected</translation>
    </message>
    <message>
        <source>Handleplan er låst, fordi den ikke har været brugt et stykke tid. Skriv din adgangskode for at fortsætte, hvor du slap.</source>
        <translation>Handleplan is locked because it has not been used for a while. Enter your passphrase to carry on where you left off.</translation>
    </message>
    <message>
        <source>Din handleplan er beskyttet med en adgangskode. Skriv den for at åbne handleplanen.</source>
        <translation>Your action plan is protected with a passphrase. Enter it to open the action plan.</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Afslut Handleplan</source>
        <translation>Quit Handleplan</translation>
    </message>
    <message>
        <source>Skriv din adgangskode først.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <source>Åbner …</source>
        <translation>Opening …</translation>
    </message>
    <message>
        <source>Adgangskoden passer ikke, så intet er åbnet. Prøv igen – der er forskel på store og små bogstaver.</source>
        <translation>The passphrase does not match, so nothing has been opened. Try again – capital and small letters count.</translation>
    </message>
    <message>
        <source>Har du aldrig beskyttet din handleplan, kan filen være beskadiget. Så kan den, der hjælper dig med din computer, hente en sikkerhedskopi fra mappen {folder}.</source>
        <translation>If you never protected your action plan, the file may be damaged. Then whoever helps you with your computer can fetch a backup from the folder {folder}.</translation>
    </message>
</context>
<context>
    <name>UnsavedBox</name>
    <message>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Tekst der ikke kunne gemmes</source>
        <translation>Text that could not be saved</translation>
    </message>
    <message>
        <source>Noget af det, du har skrevet, kunne ikke gemmes.</source>
        <translation>Some of what you wrote could not be saved.</translation>
    </message>
    <message>
        <source>Handleplan prøver igen, så længe den er åben. Lukker du nu, går teksten tabt.</source>
        <translation>Handleplan keeps trying while it is open. If you close now, the text is lost.</translation>
    </message>
    <message>
        <source>Luk alligevel</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Kopiér teksten</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Bliv i Handleplan</source>
        <translation>Stay in Handleplan</translation>
    </message>
    <message>
        <source>Teksten er kopieret. Sæt den ind et andet sted, før du lukker.</source>
        <translation>The text is copied. Paste it somewhere else before you close.</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>%1 åbner …</source>
        <translation>Opening %1 …</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Handleplan</source>
        <translation>Welcome to Handleplan</translation>
    </message>
    <message>
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Du kan altid udfylde det senere</source>
        <translation>You can always fill this in later</translation>
    </message>
    <message>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Kom i gang</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Handleplan hjælper dig med at holde styr på dine tiltag for et bedre psykisk arbejdsmiljø gennem hele forløbet: hvad du vil sætte i gang, hvem der gør hvad, hvad du lærer undervejs, og hvad du vil tage med til næste modul og TRIO-møde.</source>
        <translation>Handleplan helps you keep track of your initiatives for a better psychosocial work environment throughout the course: what you want to set in motion, who does what, what you learn along the way, and what you want to take to the next module and TRIO meeting.</translation>
    </message>
    <message>
        <source>Alt, hvad du skriver, bliver på denne computer. Intet deles, før du selv vælger at eksportere det.</source>
        <translation>Everything you write stays on this computer. Nothing is shared until you choose to export it.</translation>
    </message>
    <message>
        <source>Fortæl lidt om dig selv. Du kan altid ændre det senere.</source>
        <translation>A little about you. You can always change this later.</translation>
    </message>
    <message>
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enhed eller afdeling</source>
        <translation>Unit or department</translation>
    </message>
    <message>
        <source>fx Hjemmeplejen Nord</source>
        <translation>e.g. Home Care North</translation>
    </message>
    <message>
        <source>Dit &amp;navn</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Enhed</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>På forløbet er du en del af en TRIO: dig og to fra din arbejdsplads. I mødes mellem modulerne og hjælper hinanden videre med jeres tiltag.</source>
        <translation>On the course you are part of a TRIO: you and two people from your workplace. You meet between modules and help each other move your initiatives forward.</translation>
    </message>
    <message>
        <source>Din TRIO</source>
        <translation>Your TRIO</translation>
    </message>
    <message>
        <source>Her er forløbets datoer, som de plejer at ligge. Vælg den første dag, så flytter resten med. Du kan rette hver dato for sig – se efter i din invitation fra kurset.</source>
        <translation>Here are the course dates as they usually fall. Choose the first day and the rest will move with it. You can change each date on its own – check the invitation you received for the course.</translation>
    </message>
    <message>
        <source>Forløbets første dag</source>
        <translation>First day of the course</translation>
    </message>
    <message>
        <source>Forløbets &amp;første dag</source>
        <translation>&amp;First day of the course</translation>
    </message>
    <message>
        <source>Dit forløb</source>
        <translation>Your course</translation>
    </message>
    <message>
        <source>Dit fokus eller tema</source>
        <translation>Your focus or theme</translation>
    </message>
    <message>
        <source>&amp;Fokus/tema (kan udfyldes senere)</source>
        <translation>&amp;Focus/theme (can be filled in later)</translation>
    </message>
    <message>
        <source>Dit fokus står på Overblik og i din Handleplan. Du kan altid rette det.</source>
        <translation>Your focus appears on Overview and in your Action Plan. You can always change it.</translation>
    </message>
    <message>
        <source>Dit fokus</source>
        <translation>Your focus</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Trin %1 af %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
</TS>
