"""A seeded, deterministic archive of fictional Swedish minutes and activity plans (run on demand).

    .venv/bin/python -m benchmarks.generate_corpus OUT [--years 10] [--forums 5] [--meetings-per-year 8]
        [--plans-per-year 1] [--pages 10] [--pdf-share 0.5] [--seed 1] [--workers N]

Writes ``years * forums * (meetings_per_year + plans_per_year)`` documents into per-year folders,
named like the real archive (``2019-03-12_dtb_nordostra.docx``, ``2019-10-15_aktivitetsplan_nordostra.pdf``).
Each forum ("Delregional tjänstemannaberedning Nordöstra", ...) has a roster of fictional people
who recur year after year, leave and are replaced (sometimes first as acting, "(tf)"), change role
or move to another municipality, and are now and then absent ("(förhinder)"). Minutes mirror
``data/samples``: title, "Datum:", place, a participant table with "Deltagare:"/"Inbjudna:" rows,
numbered agenda items "N. Titel – Presentatör" with discussion, "Beslut:" lines, actions in the
phrasings the extractor knows, and "Återkoppling:" reports on earlier open actions of the same
forum. Activity plans carry an Aktivitet | Tidplan | Ansvarig | Indikator | Resultat table whose
results progress over the year. Filler discussion brings each document to about ``pages`` pages
(~450 words a page; the PDF layout is sized for that, the DOCX lands close to it).

Everything is planned in the parent process from the seed (:func:`plan_corpus`, which also returns
what each document states: participants, actions, follow-ups), then rendered in worker processes.
The same arguments give byte-identical files: fixed DOCX core properties and zip timestamps, fixed
PDF creation date.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import time
import unicodedata
import zipfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

WORDS_PER_PAGE = 450
_LAST_PAGE_SLACK = 200  # words short of pages * WORDS_PER_PAGE, so that the last page is not a spill-over
LAST_YEAR = 2025  # the archive ends with this year
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MAX_MEETINGS_PER_YEAR = 40

# --------------------------------------------------------------------------------------------------
# Name pools. Mostly common Swedish given names; a few common ones that name lists often lack
# (Håkan, Staffan, Görel, ...) and names of Swedes born abroad, at their rough frequency.


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FEMALE = _split(
    "Anna Eva Maria Karin Sara Christina Lena Emma Kerstin Marie Malin Ingrid Jenny Hanna Linda Annika "
    "Susanne Elin Monica Birgitta Sofia Johanna Inger Ulla Carina Helena Camilla Åsa Elisabeth Ylva Ulrika "
    "Cecilia Therese Jessica Anneli Pernilla Agneta Ebba Ida Frida Matilda Tove Louise Madeleine Katarina "
    "Kristina Mia Petra Sanna Maja Stina Rebecka Gunilla Marianne Margareta Pia Ingela Siv Linnéa Yasmin "
    "Nadia Fatima Leila Jelena Amra"
)
_MALE = _split(
    "Lars Mikael Anders Johan Per Erik Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Mats Magnus "
    "Jonas Martin Bengt Niklas Björn Patrik Henrik Ulf Tobias Mattias Joakim Christer Sven Göran Leif Oskar "
    "Jesper Rikard Robert Emil Gustav Kjell Lennart Tommy Roger Pontus Olof Nils Ola Viktor Kristoffer "
    "Sebastian Anton Filip Axel Ludvig Arvid Torbjörn Ingemar Bo Åke Örjan Jörgen Claes Ali Ahmed Omar "
    "Hassan Dragan Milan"
)
_LESS_LISTED = _split("Håkan Staffan Görel Gunnel Lisbeth Viveka Sölve Reza Zeynep Amira Mirza")
_HYPHENATED = _split("Per-Olof Lars-Göran Jan-Erik Karl-Johan Ann-Sofie Anna-Karin Eva-Lena Ann-Christin "
                     "Britt-Marie Carl-Johan Ann-Marie")
_SURNAMES = _split(
    "Lindgren Åkesson Bäckström Nyström Sjögren Wennerström Ek Öhman Lindqvist Sandberg Holm Berg Ström "
    "Åberg Öberg Söderberg Sjöberg Håkansson Jönsson Persson Nilsson Olsson Larsson Andersson Pettersson "
    "Svensson Månsson Mårtensson Ohlsson Nordström Bengtsson Hallin Mellander Wästfelt Alm Ekdahl Lönn "
    "Strand Löfgren Ståhl Högberg Söderlund Lövgren Hägg Törnqvist Björk Östlund Fransson Göransson "
    "Jeppsson Nordén Dahlgren Forsberg Engström Wallin Hedlund Sundström Åström Lundqvist Blomqvist "
    "Ekström Palmgren Rosén Falk Grönlund Lindahl Kjellberg Thörn Nyberg Sköld Hjälmarsson Bergkvist "
    "Ljungberg Rydén Nordqvist Fägerström Tönnesson Wiklund Haddad Begović El-Khoury Yilmaz Kovačević "
    "Hadžić Ahmadi Karlsson Jakobsson Axelsson Lundström Åhlin Möller Schön"
)

# --------------------------------------------------------------------------------------------------
# Forums (the five sub-regions of Skåne; more forums reuse their municipalities under other names).


@dataclass(frozen=True)
class _ForumSpec:
    name: str
    municipalities: tuple[str, ...]
    hospital: str


_BASE_FORUMS = (
    _ForumSpec("Nordöstra", ("Kristianstad", "Hässleholm", "Osby", "Bromölla", "Östra Göinge", "Perstorp"), "CSK"),
    _ForumSpec("Sydvästra", ("Malmö stad", "Trelleborg", "Vellinge", "Svedala", "Burlöv"), "SUS"),
    _ForumSpec("Mellersta", ("Lund", "Eslöv", "Höör", "Hörby", "Kävlinge", "Lomma", "Staffanstorp"), "SUS"),
    _ForumSpec("Nordvästra", ("Helsingborg", "Ängelholm", "Höganäs", "Landskrona", "Klippan", "Åstorp", "Båstad"),
               "Helsingborgs lasarett"),
    _ForumSpec("Sydöstra", ("Ystad", "Simrishamn", "Tomelilla", "Sjöbo", "Skurup"), "Ystads lasarett"),
)
_MORE_FORUM_NAMES = ("Göinge", "Österlen", "Söderslätt", "Kullabygden", "Romeleåsen", "Linderödsåsen",
                     "Bjärehalvön", "Soderåsen", "Vombsjön", "Ivösjön")


def forum_names(count: int) -> list[str]:
    names = [f.name for f in _BASE_FORUMS] + list(_MORE_FORUM_NAMES)
    return [names[i] if i < len(names) else f"{names[i % len(names)]}{i // len(names) + 1}" for i in range(count)]


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text.lower() if c.isalnum())


_ROLES = {
    "municipality": ("Socialchef", "Förvaltningschef Vård och omsorg", "Sektorchef Omsorg",
                     "Avdelningschef Hälsa, vård och omsorg", "Verksamhetschef Hälso- och sjukvård",
                     "Socialdirektör", "Vård- och omsorgsdirektör", "Områdeschef Äldreomsorg"),
    "hospital": ("Verksamhetschef", "Områdeschef", "Chefläkare", "Biträdande förvaltningschef"),
    "primary": ("Primärvårdschef", "Områdeschef Primärvården", "Verksamhetschef"),
    "region": ("Hälso- och sjukvårdsstrateg", "Utvecklingsledare", "Strateg Nära vård"),
    "processledare": ("Processledare Nära vård",),
    "strateg": ("Hälso- och sjukvårdsstrateg", "Utvecklingsstrateg"),
}
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")
_GROUPS = ("Processledarna Nära vård", "Operativa arbetsgruppen")

# --------------------------------------------------------------------------------------------------
# Agenda topics. Slots: {muni} {muni2} {hospital} {year} {prev_year} {month} {season} {n} {n2} {n3} {pct}.
# "claims" are subordinate clauses (they follow "att"); tasks are (indefinite, definite) noun phrases.


@dataclass(frozen=True)
class _Topic:
    title: str
    kinds: tuple[str, ...]  # whose people present it
    facts: tuple[str, ...]
    claims: tuple[str, ...]
    tasks: tuple[tuple[str, str], ...]
    decisions: tuple[str, ...]


_TOPICS = (
    _Topic("Utskrivningsklara patienter på {hospital}", ("hospital", "municipality"),
           ("Antalet utskrivningsklara patienter som blir kvar på {hospital} har ökat under {season}.",
            "I genomsnitt var {n} patienter per dag utskrivningsklara under {month}, flera av dem från {muni}.",
            ("Vårddagarna efter utskrivningsklar har minskat i {muni} sedan planeringsmötena flyttades till "
             "förmiddagen."),
            ("{hospital} har infört ett gemensamt avstämningsmöte varje vecka med kommunernas "
             "biståndshandläggare.")),
           ("kommunerna behöver en gemensam bild av läget inför helgerna",
            "hemtagningen fungerar bättre när informationen i Cosmic är fullständig",
            "korttidsplatserna i {muni} inte räcker under semesterperioden",
            "samverkan vid utskrivning behöver följas upp per kommun"),
           (("en gemensam lägesbild av utskrivningsklara patienter på {hospital}",
             "lägesbilden av utskrivningsklara patienter på {hospital}"),
            ("statistik över vårddagar efter utskrivningsklar per kommun",
             "statistiken över vårddagar efter utskrivningsklar per kommun"),
            ("en plan för fler korttidsplatser i {muni}", "planen för fler korttidsplatser i {muni}")),
           ("frågan om utskrivningsklara patienter följs upp vid varje möte under {year}",
            "statistiken över utskrivningsklara patienter redovisas per kommun från och med nästa kvartal")),
    _Topic("Mobilt team närsjukvård {muni} – lägesrapport", ("hospital", "primary", "region"),
           ("Teamet har varit i drift sedan {month} {prev_year} och har tagit emot {n3} unika patienter.",
            "Flest aviseringar kommer från kommunal hemsjukvård, följt av vårdcentralerna och ambulanssjukvården.",
            "Teamet arbetar vardagar mellan klockan 8 och 21 och ser behov av att utöka till helger.",
            "Andelen patienter som kunde stanna hemma efter teamets besök var {pct} procent."),
           ("aviseringen från kommunens sjuksköterskor fungerar väl",
            "teamets besök minskar antalet akuta transporter till {hospital}",
            "läkarmedverkan i hemsjukvården behöver förtydligas i rutinerna"),
           (("ett förslag till rutin för avisering vid hembesök i {muni}",
             "förslaget till rutin för avisering vid hembesök i {muni}"),
            ("en uppföljning av teamets första halvår i {muni}", "uppföljningen av teamets första halvår i {muni}")),
           ("Mobilt team närsjukvård i {muni} fortsätter i nuvarande form under {year}",
            "teamets uppföljning redovisas för beredningen två gånger per år")),
    _Topic("Samordnad individuell plan, SIP, och samverkan vid utskrivning, SVU", ("municipality", "processledare"),
           ("Antalet upprättade SIP har ökat med {pct} procent jämfört med föregående år.",
            "I {muni} genomförs numera de flesta SIP-möten digitalt.",
            "Avvikelserna i SVU-processen gäller främst meddelanden som skickas för sent."),
           ("utbildningen i SIP behöver samordnas mellan kommunerna",
            "vårdcentralerna inte alltid kallas i tid till SIP-möten",
            "barn och unga behöver lyftas särskilt i SIP-arbetet"),
           (("en gemensam tidplan för SIP-utbildningen i {muni}", "tidplanen för SIP-utbildningen i {muni}"),
            ("en sammanställning av avvikelser i SVU-processen under {season}",
             "sammanställningen av avvikelser i SVU-processen under {season}")),
           ("den gemensamma SIP-utbildningen genomförs i samtliga kommuner under {year}",)),
    _Topic("Pilot Trygg hemgång i {muni}", ("municipality", "processledare"),
           ("Piloten ger förstärkt stöd under de första två veckorna efter utskrivning.",
            "Hittills har {n} personer skrivits in i piloten, de flesta över 80 år.",
            "Återinskrivningarna inom 30 dagar är färre bland deltagarna än i jämförelsegruppen."),
           ("piloten bör spridas till fler kommuner i delregionen",
            "hemtjänstens personal behöver mer tid vid de första besöken"),
           (("en projektplan för Trygg hemgång i {muni}", "projektplanen för Trygg hemgång i {muni}"),
            ("en utvärdering av piloten Trygg hemgång i {muni}", "utvärderingen av piloten Trygg hemgång i {muni}")),
           ("piloten Trygg hemgång genomförs i {muni} under {season} {year}",)),
    _Topic("Mobil röntgen i särskilt boende", ("hospital", "region"),
           ("Mobil röntgen har under {month} gjort {n} undersökningar på särskilda boenden i {muni}.",
            "Väntetiden för en undersökning är i genomsnitt {n2} dagar."),
           ("intresset för mobil röntgen i särskilt boende är stort",
            "transporterna till akutmottagningen minskar när undersökningen görs på boendet"),
           (("en kartläggning av behovet av mobil röntgen i {muni}",
             "kartläggningen av behovet av mobil röntgen i {muni}"),),
           ("operativa arbetsgruppen utreder förutsättningarna för Mobil röntgen i {muni}",)),
    _Topic("Antibiotika i hemmet", ("hospital", "municipality"),
           ("Antibiotika i hemmet har under året getts till {n} patienter i {muni} och {muni2}.",
            "Behandlingen kräver att kommunens sjuksköterskor kan nås dygnet runt."),
           ("ansvarsfördelningen mellan {hospital} och kommunen behöver tydliggöras",
            "läkemedelshanteringen i hemmet fungerar väl"),
           (("en gemensam rutin för Antibiotika i hemmet i {muni}", "rutinen för Antibiotika i hemmet i {muni}"),),
           ("Antibiotika i hemmet införs i hela delregionen under {year}",)),
    _Topic("Sjukhus hemma – införande", ("hospital", "region"),
           ("Sjukhus hemma har startat med {n2} vårdplatser i hemmet knutna till {hospital}.",
            "Patienterna i Sjukhus hemma får besök av sjuksköterska två gånger per dygn."),
           ("samarbetet med kommunernas hemsjukvård behöver beskrivas i en överenskommelse",
            "patienterna är mycket nöjda med vården i hemmet"),
           (("en beskrivning av samarbetet mellan Sjukhus hemma och hemsjukvården i {muni}",
             "beskrivningen av samarbetet mellan Sjukhus hemma och hemsjukvården i {muni}"),),
           ("införandet av Sjukhus hemma följs upp i beredningen under {year}",)),
    _Topic("Kompetenssamverkan – gemensamma utbildningsdagar", ("processledare", "municipality"),
           (("Under våren genomfördes {n} utbildningstillfällen med totalt {n3} deltagare från kommuner och "
             "vårdcentraler."),
            "Utvärderingarna från deltagarna är genomgående positiva."),
           ("gemensamma utbildningar stärker samverkan mellan huvudmännen",
            "utbildningsdagarna behöver planeras i god tid före sommaren"),
           (("ett förslag till utbildningsdagar om palliativ vård under {season}",
             "förslaget till utbildningsdagar om palliativ vård under {season}"),
            ("en inventering av utbildningsbehovet i {muni}", "inventeringen av utbildningsbehovet i {muni}")),
           ("en gemensam utbildningsdag genomförs under {season} {year}",)),
    _Topic("Läkemedelsgenomgångar i hemsjukvården", ("primary", "municipality"),
           ("Andelen patienter i hemsjukvården med en aktuell läkemedelsgenomgång är {pct} procent i {muni}.",),
           ("läkemedelsgenomgångarna behöver dokumenteras på samma sätt i alla kommuner",
            "farmaceutstöd från Region Skåne efterfrågas av flera vårdcentraler"),
           (("en gemensam mall för läkemedelsgenomgångar i {muni}", "mallen för läkemedelsgenomgångar i {muni}"),),
           ("läkemedelsgenomgångarna följs upp i delregionens aktivitetsplan",)),
    _Topic("Psykisk hälsa – barn och unga", ("primary", "municipality"),
           ("Childcheck har under året använts på {n2} vårdcentraler i delregionen.",
            "Väntetiden till första besök inom barn- och ungdomspsykiatrin är i genomsnitt {n} dagar."),
           ("elevhälsan behöver involveras tidigare", "väntetiderna till barn- och ungdomspsykiatrin är för långa"),
           (("en kartläggning av insatser för barn och unga med psykisk ohälsa i {muni}",
             "kartläggningen av insatser för barn och unga med psykisk ohälsa i {muni}"),),
           ("arbetet med Childcheck fortsätter i {muni} och {muni2}",)),
    _Topic("Palliativ vård – bilaga 7 till HS-avtalet", ("municipality", "hospital"),
           ("MAS-nätverket i delregionen har sett över hur överenskommelsen om palliativ vård tillämpas.",
            "Samverkan med ASIH fungerar i huvudsak väl enligt nätverket."),
           ("brytpunktssamtalen behöver dokumenteras tydligare",
            "de palliativa ombuden i kommunerna behöver mer utbildning"),
           (("en sammanställning av synpunkter från MAS i delregionen på bilaga 7",
             "sammanställningen av synpunkter från MAS i delregionen på bilaga 7"),),
           ("synpunkterna på bilaga 7 lämnas till central tjänstemannaberedning",)),
    _Topic("Digitala lösningar – NPÖ och digitala vårdmöten", ("region", "municipality"),
           ("{n2} av delregionens kommuner är nu anslutna som producenter i NPÖ.",
            "Digitala vårdmöten används allt oftare vid planering inför utskrivning."),
           ("behörighetsfrågorna behöver lösas innan fler verksamheter ansluts",
            "digitala vårdmöten sparar tid för både patienter och personal"),
           (("en plan för anslutning till NPÖ i {muni}", "planen för anslutning till NPÖ i {muni}"),),
           ("samtliga kommuner ansluts som producenter i NPÖ under {year}",)),
    _Topic("Delregional aktivitetsplan {year}", ("processledare",),
           ("Processledarna Nära vård presenterar förslaget till delregional aktivitetsplan för {year}.",
            "Planen utgår från den centrala aktivitets- och tidplanen för God och nära vård."),
           ("planen behöver tydligare indikatorer",
            "aktiviteterna bör kopplas till den centrala aktivitets- och tidplanen"),
           (("indikatorer för aktiviteterna i aktivitetsplanen {year}",
             "indikatorerna för aktiviteterna i aktivitetsplanen {year}"),),
           ("godkänna förslaget till delregional aktivitetsplan {year}",)),
    _Topic("Information från central tjänstemannaberedning", ("region", "municipality"),
           (("Vid det senaste mötet i central tjänstemannaberedning diskuterades den regionala "
             "uppföljningen av Nära vård."),
            "Nästa regionala uppföljning sker i {month}."),
           ("den delregionala strukturen fungerar väl",
            "frågor om finansiering behöver lyftas till central nivå"),
           (("en sammanfattning av delregionens synpunkter till central tjänstemannaberedning",
             "sammanfattningen av delregionens synpunkter till central tjänstemannaberedning"),),
           ("delregionens synpunkter lämnas skriftligt till central tjänstemannaberedning",)),
    _Topic("Rehabilitering och hjälpmedel efter utskrivning", ("municipality", "hospital"),
           ("Väntetiden på hjälpmedel efter utskrivning är i genomsnitt {n2} dagar i {muni}.",
            "Arbetsterapeuterna i {muni} och {muni2} har prövat ett gemensamt bedömningsstöd."),
           ("rehabiliteringen behöver starta redan på sjukhuset",
            "förskrivningen av hjälpmedel behöver samordnas bättre"),
           (("en gemensam rutin för förskrivning av hjälpmedel vid utskrivning i {muni}",
             "rutinen för förskrivning av hjälpmedel vid utskrivning i {muni}"),),
           ("det gemensamma bedömningsstödet prövas i fler kommuner under {year}",)),
    _Topic("Kompetensförsörjning – sjuksköterskor i kommunal hälso- och sjukvård", ("municipality", "primary"),
           ("{muni} har under {season} haft svårt att rekrytera sjuksköterskor till nattpatrullen.",
            "Introduktionsprogrammet för nya sjuksköterskor har haft {n2} deltagare under året."),
           ("introduktionen av nya sjuksköterskor behöver vara gemensam för huvudmännen",
            "hyrpersonal är en stor kostnad för flera kommuner"),
           (("ett förslag till gemensamt introduktionsprogram för sjuksköterskor i {muni}",
             "förslaget till gemensamt introduktionsprogram för sjuksköterskor i {muni}"),),
           ("introduktionsprogrammet för sjuksköterskor erbjuds i hela delregionen under {year}",)),
)

_GENERIC_CLAIMS = (
    "samverkan mellan kommunerna och primärvården har blivit bättre det senaste året",
    "det behövs en tydligare ansvarsfördelning mellan huvudmännen",
    "patienternas perspektiv behöver få större plats i arbetet",
    "frågan berör flera verksamheter och behöver förankras i respektive organisation",
    "det är viktigt att siffrorna redovisas per kommun",
    "personalen upplever att rutinerna är svåra att hitta",
    "erfarenheterna från {muni2} kan vara till nytta för övriga kommuner",
    "bemanningen under sommarmånaderna är en utmaning för alla huvudmän",
    "de ekonomiska förutsättningarna skiljer sig mellan kommunerna",
    "ett gemensamt språk underlättar samarbetet",
    "det saknas en gemensam bild av hur många patienter som berörs",
    "dialogen med vårdcentralerna behöver stärkas",
    "arbetssättet bör utvärderas innan det sprids vidare",
    "informationsöverföringen mellan huvudmännen fortfarande brister ibland",
    "kommunerna har olika förutsättningar att delta",
    "frågan behöver lyftas i de lokala samverkansgrupperna",
    "uppföljningen bör ske med befintliga indikatorer så långt det går",
    "det finns ett stort engagemang i verksamheterna",
    "tidplanen är ambitiös men genomförbar",
    "arbetet behöver samordnas med den centrala aktivitets- och tidplanen",
    "målgruppen är äldre personer med omfattande behov av vård och omsorg",
    "det är svårt att mäta effekterna på kort sikt",
    "medarbetarna behöver få tid att delta i utbildningar",
    "resultaten bör spridas till alla verksamheter i delregionen",
    "frågan har diskuterats även i {muni2}",
    "brukarorganisationerna bör bjudas in att delta",
    "den digitala kommunikationen fungerar bättre än tidigare",
    "rutinen behöver revideras efter ett års användning",
    "samarbetet med ambulanssjukvården har utvecklats positivt",
    "det är viktigt att hålla fast vid det gemensamma arbetssättet",
)
_SAY = ("lyfter", "framhåller", "påpekar", "betonar", "menar", "understryker", "konstaterar", "upplever",
        "poängterar", "instämmer i")
_NOUNS = ("ansvarsfördelningen", "uppföljningen", "resursfrågan", "kompetensförsörjningen",
          "informationsöverföringen", "samordningen", "finansieringen", "bemanningen under sommaren")
_PLAN_SENTENCES = (
    "Inom området ligger fokus på att {claim}.",
    "Uppföljningen under året visar att {claim}.",
    "Aktiviteterna genomförs i samverkan mellan kommunerna, primärvården och {hospital}.",
    "Erfarenheterna från {muni} visar att {claim}.",
    "Processledarna Nära vård stödjer de lokala samverkansgrupperna i {muni} och {muni2}.",
    "Resultaten redovisas löpande i delregional tjänstemannaberedning.",
    "Arbetet utgår från de behov som kommunerna och vårdcentralerna har beskrivit.",
    "Indikatorerna är valda så att de kan följas med befintliga data så långt det går.",
    "I dialogen med verksamheterna framkommer att {claim}.",
)

# Activity-plan areas and activities: (activity, indicator).
_PLAN_AREAS = (
    ("Personcentrerat arbets- och förhållningssätt", (
        ("Gemensam SIP-utbildning för kommuner och vårdcentraler i {muni}", "Antal genomförda utbildningstillfällen"),
        ("Uppföljning av SVU-processen med fokus på meddelanden i {muni}", "Andel meddelanden skickade i tid"),
        ("Dialogmöten med brukarorganisationer om delaktighet i {muni}", "Antal genomförda dialogmöten"),
        ("Gemensam rutin för planering inför utskrivning från {hospital}", "Antal vårddagar efter utskrivningsklar"),
        ("Införande av personcentrerad journalföring i hemsjukvården i {muni}", "Andel enheter som infört arbetssättet"),
    )),
    ("Mobilt stöd och läkarmedverkan i den kommunala hälso- och sjukvården", (
        ("Införande av Mobilt team närsjukvård {muni} med lokal samverkansgrupp",
         "Antal patienter aviserade från kommunal hemsjukvård"),
        ("Utökad läkarmedverkan i särskilt boende i {muni}", "Antal läkarbesök per boende och månad"),
        ("Gemensamma rutiner för Antibiotika i hemmet i {muni}", "Antal patienter som fått behandling i hemmet"),
        ("Utredning av Mobil röntgen på särskilda boenden i {muni}", "Antal undersökningar på boendet"),
        ("Samverkan kring Sjukhus hemma mellan {hospital} och {muni}", "Antal vårdtillfällen i Sjukhus hemma"),
    )),
    ("Förebyggande och hälsofrämjande insatser", (
        ("Pilot Trygg hemgång i {muni} med förstärkt stöd efter utskrivning", "Andel återinskrivningar inom 30 dagar"),
        ("Fallprevention i ordinärt boende i {muni}", "Antal fallskador bland personer över 80 år"),
        ("Hälsosamtal för personer över 75 år på vårdcentralerna i {muni}", "Antal genomförda hälsosamtal"),
        ("Nutritionsombud i hemtjänsten i {muni}", "Andel enheter med utsett nutritionsombud"),
    )),
    ("Kompetenssamverkan", (
        ("Gemensam utbildningsdag om palliativ vård för hemsjukvård och vårdcentraler i {muni}",
         "Antal deltagare per huvudman"),
        ("Introduktionsprogram för nya sjuksköterskor i {muni}", "Antal deltagare i programmet"),
        ("Auskultation mellan {hospital} och kommunal hemsjukvård i {muni}", "Antal genomförda auskultationer"),
        ("Gemensam föreläsningsserie om demens för personal i {muni}", "Antal deltagare per tillfälle"),
    )),
    ("Gemensamma digitala lösningar", (
        ("Anslutning av {muni} som producent i NPÖ", "Antal kommuner som är producenter i NPÖ"),
        ("Digitala vårdmöten vid planering inför utskrivning i {muni}", "Andel planeringar som genomförs digitalt"),
        ("Gemensam rutin för digital signering av läkemedelslistor i {muni}", "Andel enheter som använder rutinen"),
    )),
    ("Psykisk hälsa", (
        ("Utbildning i Första hjälpen till psykisk hälsa för personal i hemtjänsten i {muni}",
         "Antal utbildade instruktörer"),
        ("Införande av Childcheck på vårdcentralerna i {muni}", "Antal vårdcentraler som använder Childcheck"),
        ("Samordnade insatser för barn och unga med psykisk ohälsa i {muni}", "Antal upprättade SIP för barn och unga"),
    )),
)
_RESULT_DONE = ("Genomfört. {n} tillfällen med totalt {n3} deltagare.", "Genomfört {iso}.",
                "Genomfört. Rutinen används i samtliga enheter.", "Genomfört. Uppföljning sker i {month}.")
_RESULT_RUNNING = ("Pågår. {n} deltagare hittills.", "Pågår enligt plan.", "Planering pågår.",
                   "Pågår. Arbetet är försenat på grund av bemanningsläget.")
_RESULT_WAITING = ("Ej påbörjad", "", "Ej påbörjad. Planeras till {season}.")

# --------------------------------------------------------------------------------------------------
# What a document states (returned by plan_corpus; picklable, rendered by workers).


@dataclass(frozen=True)
class Participant:
    name: str
    role: str
    organisation: str
    section: str  # "Deltagare" | "Inbjudna"
    absent: bool = False
    acting: bool = False


@dataclass(frozen=True)
class PlannedAction:
    key: str  # unique in the corpus
    text: str  # the sentence or the plan row's activity
    owner: str  # a full name or a group ("Processledarna Nära vård")
    owner_is_group: bool
    due: date | None  # when the text gives an absolute date
    document: str  # file name


@dataclass(frozen=True)
class PlannedFollowUp:
    action_key: str
    action_document: str
    status: str  # "done" | "in_progress"
    text: str


@dataclass(frozen=True)
class DocumentPlan:
    name: str  # file name
    relpath: str  # "2019/2019-03-12_dtb_nordostra.docx"
    kind: str  # "minutes" | "plan"
    forum: str  # "Nordöstra"
    date: date
    format: str  # "docx" | "pdf"
    title: str
    blocks: tuple[tuple, ...]  # ("heading", level, text) | ("para", text) | ("table", header, rows, widths)
    participants: tuple[Participant, ...] = ()
    actions: tuple[PlannedAction, ...] = ()
    follow_ups: tuple[PlannedFollowUp, ...] = ()
    words: int = 0


# --------------------------------------------------------------------------------------------------
# People


class _Names:
    """Unique fictional full names for the whole corpus."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def new(self) -> str:
        rng = self.rng
        while True:
            roll = rng.random()
            if roll < 0.07:
                first = rng.choice(_HYPHENATED)
            elif roll < 0.11:
                first = rng.choice(_LESS_LISTED)
            else:
                first = rng.choice(_FEMALE if rng.random() < 0.62 else _MALE)
            roll = rng.random()
            if roll < 0.09:
                a, b = rng.sample(_SURNAMES, 2)
                surname = f"{a} {b}"
            elif roll < 0.13:
                a, b = rng.sample([s for s in _SURNAMES if "-" not in s], 2)
                surname = f"{a}-{b}"
            else:
                surname = rng.choice(_SURNAMES)
            name = f"{first} {surname}"
            if name not in self.used:
                self.used.add(name)
                return name


@dataclass
class _Member:
    name: str
    role: str
    organisation: str
    kind: str
    section: str
    acting_left: int = 0


@dataclass
class _Open:
    """An action raised at a meeting and not yet reported done."""

    key: str
    document: str
    owner: str
    is_group: bool
    definite: str
    raised: date
    reported: int = 0


@dataclass
class _ForumState:
    spec: _ForumSpec
    name: str
    slug: str
    rng: random.Random
    names: _Names
    members: list[_Member] = field(default_factory=list)
    open_actions: list[_Open] = field(default_factory=list)
    chair: str | None = None
    welcome: list[str] = field(default_factory=list)  # sentences for the next meeting's first item


def _new_member(state: _ForumState, kind: str, organisation: str, section: str, acting: bool) -> _Member:
    rng = state.rng
    return _Member(state.names.new(), rng.choice(_ROLES[kind]), organisation, kind, section,
                   rng.randint(1, 3) if acting else 0)


def _initial_roster(state: _ForumState) -> None:
    spec = state.spec
    slots = [("municipality", m, "Deltagare") for m in spec.municipalities]
    slots += [("hospital", spec.hospital, "Deltagare"), ("primary", "Primärvården Skåne", "Deltagare"),
              ("region", "Region Skåne", "Deltagare"), ("processledare", "Region Skåne", "Inbjudna"),
              ("processledare", "Skånes kommuner", "Inbjudna")]
    state.members = [_new_member(state, kind, org, section, False) for kind, org, section in slots]
    state.chair = state.members[0].name


def _turnover(state: _ForumState, meetings_per_year: int) -> None:
    """Between two meetings: people leave (a successor arrives, now and then first as acting), move
    to another municipality of the forum, or take another role."""
    rng = state.rng
    leave = 0.16 / meetings_per_year
    change_role = 0.08 / meetings_per_year
    for index, member in enumerate(list(state.members)):
        if state.members[index] is not member:  # replaced by a move earlier in this round
            continue
        if member.acting_left:
            member.acting_left -= 1
            if member.acting_left == 0:
                state.welcome.append(f"{{ref:{member.name}}} är nu ordinarie {member.role.lower()} i "
                                     f"{member.organisation}.")
        if rng.random() < leave:
            mover = None
            if member.kind == "municipality" and rng.random() < 0.3:
                others = [m for m in state.members if m.kind == "municipality" and m is not member
                          and not m.acting_left]
                mover = rng.choice(others) if others else None
            if mover is not None:
                old_index = state.members.index(mover)
                moved = _Member(mover.name, rng.choice(_ROLES["municipality"]), member.organisation,
                                member.kind, member.section)
                state.members[index] = moved
                state.welcome.append(f"{{ref:{mover.name}}} har gått över till {member.organisation} och är "
                                     f"där {moved.role.lower()}.")
                successor = _new_member(state, mover.kind, mover.organisation, mover.section, rng.random() < 0.35)
                state.members[old_index] = successor
            else:
                successor = _new_member(state, member.kind, member.organisation, member.section,
                                        rng.random() < 0.35)
                state.members[index] = successor
            if state.chair == member.name:  # another seated municipal member takes the chair
                seated = [m for m in state.members if m.kind == "municipality" and m is not successor
                          and not m.acting_left]
                state.chair = (seated or [successor])[0].name
            new = successor
            state.welcome.append(f"{{chair}} hälsar {{ref:{new.name}}} välkommen som ny "
                                 f"{new.role.lower()}{' (tf)' if new.acting_left else ''} i {new.organisation}.")
        elif rng.random() < change_role and len(_ROLES[member.kind]) > 1:
            member.role = rng.choice([r for r in _ROLES[member.kind] if r != member.role])
            state.welcome.append(f"{{ref:{member.name}}} är sedan förra mötet {member.role.lower()} i "
                                 f"{member.organisation}.")


# --------------------------------------------------------------------------------------------------
# Text


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots) if "{" in template else template


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _iso(day: date) -> str:
    return day.isoformat()


def _season_of(day: date) -> str:
    return "våren" if day.month <= 6 else "hösten"


def _end_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


class _Writer:
    """Sentences for one document: who is referred to how, and the slots of its forum and year."""

    def __init__(self, rng: random.Random, spec: _ForumSpec, day: date, participants: Sequence[Participant]):
        self.rng = rng
        self.spec = spec
        self.day = day
        self.participants = list(participants)
        firsts = [p.name.split()[0] for p in participants]
        self.unique_first = {p.name: firsts.count(p.name.split()[0]) == 1 for p in participants}
        self.present = [p for p in participants if not p.absent] or list(participants)

    def ref(self, name: str) -> str:
        """A first name when only one participant has it (as minutes do), else the full name."""
        return name.split()[0] if self.unique_first.get(name, False) else name

    def slots(self) -> dict[str, str]:
        rng, day = self.rng, self.day
        muni, muni2 = rng.sample(self.spec.municipalities, 2)
        return {"muni": muni, "muni2": muni2, "hospital": self.spec.hospital, "year": str(day.year),
                "prev_year": str(day.year - 1), "month": rng.choice(_MONTHS[:6] if day.month > 6 else _MONTHS[6:]),
                "season": _season_of(day), "n": str(rng.randint(4, 40)), "n2": str(rng.randint(2, 12)),
                "n3": str(rng.randint(60, 480)), "pct": str(rng.randint(12, 85)), "iso": _iso(day)}

    def sentence(self, topic: _Topic | None) -> str:
        rng = self.rng
        slots = self.slots()
        claims = _GENERIC_CLAIMS + (topic.claims * 3 if topic else ())
        claim = _fill(rng.choice(claims), slots)
        form = rng.randrange(12)
        if form <= 3:
            speaker = rng.choice(self.present)
            subject = self.ref(speaker.name) if form <= 2 else rng.choice(
                ("Flera ledamöter", "Kommunerna", f"Representanterna för {speaker.organisation}", "Primärvården",
                 slots["muni"], f"Företrädarna för {slots['hospital']}"))
            return f"{subject} {rng.choice(_SAY)} att {claim}."
        if form == 4:
            return f"Under dialogen framkommer att {claim}."
        if form == 5:
            return f"Det finns en samsyn om att {claim}."
        if form == 6:
            return f"Erfarenheterna från {slots['muni']} visar att {claim}."
        if form == 7:
            speaker = rng.choice(self.present)
            return f"{self.ref(speaker.name)} ger exempel från {speaker.organisation} där {claim}."
        if form == 8:
            return f"Diskussionen fortsätter kring {rng.choice(_NOUNS)} och hur den påverkar {slots['muni']}."
        if form == 9:
            speaker = rng.choice(self.present)
            return f"{self.ref(speaker.name)} ger en bakgrund och konstaterar att {claim}."
        if form == 10:
            return f"Flera deltagare delar bilden av att {claim}."
        return f"Mötet diskuterar hur {rng.choice(_NOUNS)} kan hanteras gemensamt i delregionen."

    def paragraph(self, topic: _Topic | None) -> str:
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(3, 6)))

    def plan_paragraph(self) -> str:
        """Descriptive text of an activity plan (no discussion, nobody speaking)."""
        sentences = []
        for template in self.rng.sample(_PLAN_SENTENCES, self.rng.randint(3, 6)):
            slots = self.slots()
            slots["claim"] = _fill(self.rng.choice(_GENERIC_CLAIMS), slots)
            sentences.append(_fill(template, slots))
        return " ".join(sentences)


def _words(blocks: Sequence[tuple]) -> int:
    total = 0
    for block in blocks:
        if block[0] == "table":
            total += sum(len(cell.split()) for row in block[2] for cell in row)
        else:
            total += len(block[-1].split())
    return total


# --------------------------------------------------------------------------------------------------
# Minutes


@dataclass
class _Item:
    heading: str
    opening: list[str]
    filler: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    topic: _Topic | None = None


def _due_phrase(rng: random.Random, day: date, next_meeting: date | None) -> tuple[str, date | None, bool]:
    """(words, due date when absolute, whether it is absolute)."""
    later = day + timedelta(days=rng.randint(30, 130))
    due = _end_of_month(later.year, later.month)
    roll = rng.random()
    if roll < 0.55:
        return f"senast {_iso(due)}", due, True
    if roll < 0.68:
        return f"senast {due.day}/{due.month}", due, True
    if roll < 0.8:
        return f"senast den {due.day} {_MONTHS[due.month - 1]} {due.year}", due, True
    if roll < 0.9 or next_meeting is None:
        return "till nästa möte", None, False
    return f"till mötet i {_MONTHS[next_meeting.month - 1]}", None, False


def _minutes(state: _ForumState, day: date, next_meeting: date | None, name: str, pages: int,
             counter: list[int]) -> DocumentPlan:
    rng = state.rng
    spec = state.spec
    participants: list[Participant] = []
    for section in ("Deltagare", "Inbjudna"):
        for m in state.members:
            if m.section == section:
                absent = m.name != state.chair and rng.random() < 0.12
                participants.append(Participant(m.name, m.role, m.organisation, section, absent, m.acting_left > 0))
    writer = _Writer(rng, spec, day, participants)
    present = writer.present
    chair = state.chair or present[0].name
    title = f"Minnesanteckningar delregional tjänstemannaberedning {state.name}"
    place = rng.choice(("Teams", "Teams", f"{spec.hospital}, konferensrum {rng.randint(1, 6)}",
                        f"Kommunhuset i {rng.choice(spec.municipalities)}"))

    welcome = [f"{writer.ref(chair)} hälsar välkommen. Föregående minnesanteckningar godkänns."]
    for line in state.welcome:
        if f"{{ref:{chair}}} välkommen" in line:  # the new member chairs: welcomed by the meeting
            line = line.replace("{chair} hälsar", "Mötet hälsar")
        line = line.replace("{chair}", writer.ref(chair))
        while "{ref:" in line:
            start = line.index("{ref:")
            end = line.index("}", start)
            line = line[:start] + writer.ref(line[start + 5:end]) + line[end + 1:]
        welcome.append(line)
    state.welcome = []
    items = [_Item(f"Välkomna och föregående minnesanteckningar – {chair}", welcome)]

    actions: list[PlannedAction] = []
    follow_ups: list[PlannedFollowUp] = []
    names_now = {p.name for p in participants}
    candidates = [o for o in state.open_actions if (o.is_group or o.owner in names_now)
                  and (day - o.raised).days < 400]
    chosen = rng.sample(candidates, min(len(candidates), rng.randint(1, 3))) if candidates else []
    chosen.sort(key=lambda o: o.raised)
    reports: list[tuple[_Open, str, str]] = []
    for entry in chosen:
        overdue = (day - entry.raised).days > 90
        done = rng.random() < (0.7 if overdue or entry.reported else 0.45)
        owner = entry.owner
        if done:
            text = rng.choice((f"Återkoppling: {owner} redovisar {entry.definite}. Klar.",
                               f"Återkoppling: {owner} redovisar {entry.definite}. Klar.",
                               f"Återkoppling: {owner} redovisar {entry.definite}, som nu är klar."))
        else:
            text = rng.choice((f"Återkoppling: {owner} redovisar {entry.definite}. Pågår.",
                               (f"Återkoppling: {owner} redovisar {entry.definite}. Arbetet fortsätter under "
                                f"{_season_of(day)}. Pågår."),
                               f"Återkoppling: {owner} redovisar {entry.definite}; arbetet är försenat. Pågår."))
        reports.append((entry, text, "done" if done else "in_progress"))
        follow_ups.append(PlannedFollowUp(entry.key, entry.document, "done" if done else "in_progress", text))
        if done:
            state.open_actions.remove(entry)
        else:
            entry.reported += 1
    if reports:
        items.append(_Item(f"Återkoppling från föregående möte – {chair}", [text for _, text, _ in reports]))

    topic_count = max(2, min(14, pages + 1))
    topics = rng.sample(_TOPICS, min(topic_count, len(_TOPICS)))
    for topic in topics:
        slots = writer.slots()
        preferred = [p for p in present if any(p.name == m.name and m.kind in topic.kinds for m in state.members)]
        presenter = rng.choice(preferred or present)
        heading = _fill(topic.title, slots)
        if rng.random() < 0.9:
            heading = f"{heading} – {presenter.name}"
        item = _Item(heading, [_fill(f, slots) for f in rng.sample(topic.facts, min(2, len(topic.facts)))],
                     topic=topic)
        roll = rng.random()
        if roll < 0.45:
            item.closing.append(f"Beslut: Beslut fattas att {_fill(rng.choice(topic.decisions), slots)}.")
        elif roll < 0.55:
            item.closing.append(f"Beslut: Noteras att {_fill(rng.choice(topic.decisions), slots)}.")
        tasks = rng.sample(topic.tasks, min(len(topic.tasks), rng.choice((0, 1, 1, 1, 2))))
        for task in tasks:
            indefinite, definite = (_fill(t, slots) for t in task)
            group = rng.random() < 0.12
            owner_name = rng.choice(_GROUPS) if group else (presenter.name if rng.random() < 0.6
                                                             else rng.choice(present).name)
            due_words, due, absolute = _due_phrase(rng, day, next_meeting)
            ref = owner_name if group else writer.ref(owner_name)
            form = rng.randrange(10)
            lines: list[str]
            if form <= 2:
                lines = [f"{ref} tar fram {indefinite} {due_words}."]
            elif form <= 4:
                lines = [f"{ref} återkommer med {indefinite} {due_words}."]
            elif form <= 6 and absolute and not group:
                lines = [f"{_cap(indefinite)} tas fram {due_words}.", f"Ansvarig: {owner_name}"]
            elif form == 7:
                lines = [f"{owner_name} ges i uppdrag att ta fram {indefinite} {due_words}."]
            else:
                lines = [f"{ref} ansvarar för att ta fram {indefinite} {due_words}."]
            item.closing.extend(lines)
            counter[0] += 1
            key = f"a{counter[0]:06d}"
            actions.append(PlannedAction(key, lines[0], owner_name, group, due, name))
            state.open_actions.append(_Open(key, name, owner_name, group, definite, day))
        items.append(item)
    closing = ["Inga övriga frågor."]
    if next_meeting:
        month = _MONTHS[next_meeting.month - 1]
        closing = [f"Beslut: Nästa möte hålls den {next_meeting.day} {month} {next_meeting.year}."]
    items.append(_Item("Övriga frågor", closing))

    # Filler discussion in the topic items until the document has its length.
    head = [("heading", 1, title), ("para", f"Datum: {_iso(day)}"), ("para", "Tid: 13.00–15.30"),
            ("para", f"Plats: {place}"),
            ("table", False, _participant_rows(participants), (58.0, 64.0, 44.0))]
    signature = [("para", chair), ("para", "Ordförande")]
    target = pages * WORDS_PER_PAGE - _LAST_PAGE_SLACK
    words = _words(head) + _words(signature) + sum(
        len(t.split()) for i in items for t in [i.heading, *i.opening, *i.closing])
    topical = [i for i in items if i.topic is not None] or items
    turn = 0
    while words < target:
        item = topical[turn % len(topical)]
        text = writer.paragraph(item.topic)
        item.filler.append(text)
        words += len(text.split())
        turn += 1
    blocks = list(head)
    for number, item in enumerate(items, start=1):
        blocks.append(("heading", 2, f"{number}. {item.heading}"))
        blocks.extend(("para", text) for text in [*item.opening, *item.filler, *item.closing])
    blocks.extend(signature)
    return DocumentPlan(name, "", "minutes", state.name, day, "", title, tuple(blocks), tuple(participants),
                        tuple(actions), tuple(follow_ups), _words(blocks))


def _participant_rows(participants: Sequence[Participant]) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    for section in ("Deltagare", "Inbjudna"):
        members = [p for p in participants if p.section == section]
        if members:
            rows.append((f"{section}:", "", ""))
        for p in members:
            note = (" (tf)" if p.acting else "") + (" (förhinder)" if p.absent else "")
            rows.append((f"{p.name}{note}", p.role, p.organisation))
    return tuple(rows)


# --------------------------------------------------------------------------------------------------
# Activity plans


@dataclass
class _Activity:
    area: int
    text: str
    timing: str
    owner: str
    owner_is_group: bool
    indicator: str
    finish: float  # share of the year after which it is done
    key: str = ""
    first_document: str = ""
    reported_open: bool = False


def _activities(state: _ForumState, year: int, pages: int, counter: list[int]) -> list[_Activity]:
    rng = state.rng
    spec = state.spec
    count = min(rng.randint(15, 40), max(15, pages * 6))
    people = [m for m in state.members if m.section == "Deltagare" or m.kind == "processledare"]
    seen: set[str] = set()
    found: list[_Activity] = []
    while len(found) < count:
        area = rng.randrange(len(_PLAN_AREAS))
        template, indicator = rng.choice(_PLAN_AREAS[area][1])
        muni = rng.choice(spec.municipalities)
        text = template.format(muni=muni, hospital=spec.hospital)
        if text in seen:
            if len(seen) > 200:
                text = f"{text} ({len(seen)})"
            else:
                continue
        seen.add(text)
        month = rng.randrange(1, 12)
        timing = rng.choice((f"Våren {year}", f"Hösten {year}", f"{_cap(_MONTHS[month])} {year}", str(year),
                             f"{_cap(_MONTHS[month])} {year} – {_MONTHS[(month + 5) % 12]} {year + 1}"))
        group = rng.random() < 0.25
        owner = rng.choice(_GROUPS[:1]) if group else rng.choice(people).name
        counter[0] += 1
        found.append(_Activity(area, text, timing, owner, group, indicator, rng.uniform(0.2, 1.4),
                               key=f"p{counter[0]:06d}"))
    found.sort(key=lambda a: a.area)
    return found


def _plan(state: _ForumState, day: date, index: int, per_year: int, activities: list[_Activity], name: str,
          pages: int) -> DocumentPlan:
    rng = state.rng
    spec = state.spec
    share = (index + 1) / (per_year + 0.5) if per_year > 1 else 0.8
    writer = _Writer(rng, spec, day, [Participant(m.name, m.role, m.organisation, m.section)
                                      for m in state.members])
    title = (f"Aktivitets- och tidplan God och nära vård {day.year} – tillämpning delregion {state.name}")
    intro = (f"Planen är den delregionala tillämpningen av den gemensamma aktivitets- och tidplanen för God och "
             f"nära vård inom Vårdsamverkan Skåne. Planen följs upp vid varje möte i delregional "
             f"tjänstemannaberedning {state.name}.")
    actions: list[PlannedAction] = []
    follow_ups: list[PlannedFollowUp] = []
    sections: list[tuple[str, list[str], tuple[tuple[str, ...], ...]]] = []
    for area_index, (area, _) in enumerate(_PLAN_AREAS):
        rows = [("Aktivitet", "Tidplan", "Ansvarig", "Indikator", "Resultat")]
        for activity in (a for a in activities if a.area == area_index):
            slots = writer.slots()
            if share >= activity.finish:
                result, status = _fill(rng.choice(_RESULT_DONE), slots), "done"
            elif share >= activity.finish - 0.45:
                result, status = _fill(rng.choice(_RESULT_RUNNING), slots), "in_progress"
            else:
                result, status = _fill(rng.choice(_RESULT_WAITING), slots), "open"
            rows.append((activity.text, activity.timing, activity.owner, activity.indicator, result))
            if not activity.first_document:
                activity.first_document = name
                actions.append(PlannedAction(activity.key, activity.text, activity.owner, activity.owner_is_group,
                                             None, name))
            elif status != "open" and not activity.reported_open:
                follow_ups.append(PlannedFollowUp(activity.key, activity.first_document, status,
                                                  " | ".join(rows[-1])))
                activity.reported_open = status == "done"
        if len(rows) > 1:
            sections.append((f"{len(sections) + 1}. {area}", [], tuple(rows)))
    blocks_head = [("heading", 1, title), ("para", f"Datum: {_iso(day)}"), ("para", intro)]
    target = pages * WORDS_PER_PAGE - _LAST_PAGE_SLACK
    words = _words(blocks_head) + sum(len(h.split()) + _words([("table", True, rows)]) for h, _, rows in sections)
    turn = 0
    while words < target and sections:
        text = writer.plan_paragraph()
        sections[turn % len(sections)][1].append(text)
        words += len(text.split())
        turn += 1
    blocks = list(blocks_head)
    for heading, filler, rows in sections:
        blocks.append(("heading", 2, heading))
        blocks.extend(("para", text) for text in filler)
        blocks.append(("table", True, rows, (47.0, 25.0, 30.0, 32.0, 32.0)))
    return DocumentPlan(name, "", "plan", state.name, day, "", title, tuple(blocks), (), tuple(actions),
                        tuple(follow_ups), _words(blocks))


# --------------------------------------------------------------------------------------------------
# Planning the corpus


def _meeting_days(rng: random.Random, year: int, count: int, weekday: int) -> list[date]:
    """``count`` dates in ``year`` on ``weekday``, spread over the weeks outside the summer break."""
    if count > MAX_MEETINGS_PER_YEAR:
        raise ValueError(f"at most {MAX_MEETINGS_PER_YEAR} meetings a year per forum, not {count}")
    first = date(year, 1, 4)
    first += timedelta(days=(weekday - first.weekday()) % 7)
    weeks = [first + timedelta(weeks=w) for w in range(52)]
    weeks = [d for d in weeks if d.year == year and not (date(year, 6, 25) <= d <= date(year, 8, 10))
             and d <= date(year, 12, 18)]
    step = len(weeks) / count
    chosen: list[date] = []
    for i in range(count):
        low, high = int(i * step), max(int(i * step), int((i + 1) * step) - 1)
        chosen.append(weeks[rng.randint(low, high)])
    return chosen


def _plan_days(year: int, count: int, weekday: int) -> list[date]:
    months = [10] if count == 1 else [2 + round(i * 8 / (count - 1)) for i in range(count)]
    days = []
    for i, month in enumerate(months):
        day = date(year, month, 1 + (i * 3) % 20)
        days.append(day + timedelta(days=(weekday - 1 - day.weekday()) % 7))
    seen: set[date] = set()
    for i, day in enumerate(days):
        while day in seen:
            day += timedelta(days=1)
        seen.add(day)
        days[i] = day
    return days


def plan_corpus(*, years: int = 10, forums: int = 5, meetings_per_year: int = 8, plans_per_year: int = 1,
                pages: int = 10, pdf_share: float = 0.5, seed: int = 1) -> list[DocumentPlan]:
    """Every document's content and what it states, in date order; nothing is written."""
    if years < 1 or forums < 1 or meetings_per_year < 0 or plans_per_year < 0 or pages < 1:
        raise ValueError("years, forums and pages must be positive, meetings and plans per year not negative")
    if not 0.0 <= pdf_share <= 1.0:
        raise ValueError(f"pdf_share must be between 0 and 1, not {pdf_share}")
    first_year = LAST_YEAR - years + 1
    names = _Names(random.Random(f"names-{seed}"))
    counter = [0]
    documents: list[DocumentPlan] = []
    for number, forum_name in enumerate(forum_names(forums)):
        spec = _BASE_FORUMS[number % len(_BASE_FORUMS)]
        state = _ForumState(spec, forum_name, slug(forum_name), random.Random(f"forum-{seed}-{number}"), names)
        _initial_roster(state)
        weekday = 1 + number % 3  # Tuesday, Wednesday or Thursday
        meetings = [d for y in range(first_year, LAST_YEAR + 1)
                    for d in _meeting_days(state.rng, y, meetings_per_year, weekday)]
        plans = {d: (i, y) for y in range(first_year, LAST_YEAR + 1)
                 for i, d in enumerate(_plan_days(y, plans_per_year, weekday))}
        events = sorted([(d, "minutes") for d in meetings] + [(d, "plan") for d in plans])
        activities: dict[int, list[_Activity]] = {}
        for position, (day, kind) in enumerate(events):
            if kind == "minutes":
                following = meetings.index(day) + 1
                next_meeting = meetings[following] if following < len(meetings) else None
                name = f"{_iso(day)}_dtb_{state.slug}"
                documents.append(_minutes(state, day, next_meeting, name, pages, counter))
                _turnover(state, max(1, meetings_per_year))
            else:
                index, year = plans[day]
                if year not in activities:
                    activities[year] = _activities(state, year, pages, counter)
                name = f"{_iso(day)}_aktivitetsplan_{state.slug}"
                documents.append(_plan(state, day, index, plans_per_year, activities[year], name, pages))
    documents.sort(key=lambda d: (d.date, d.name))
    pdfs = set(random.Random(f"formats-{seed}").sample(range(len(documents)), round(len(documents) * pdf_share)))
    suffixes = ["pdf" if index in pdfs else "docx" for index in range(len(documents))]
    file_names = {d.name: f"{d.name}.{suffix}" for d, suffix in zip(documents, suffixes, strict=True)}
    return [_with_file(d, suffix, file_names) for d, suffix in zip(documents, suffixes, strict=True)]


def _with_file(document: DocumentPlan, suffix: str, file_names: dict[str, str]) -> DocumentPlan:
    """The document under its file name; actions and follow-ups name files, not stems."""
    name = file_names[document.name]
    actions = tuple(PlannedAction(a.key, a.text, a.owner, a.owner_is_group, a.due, name) for a in document.actions)
    follow_ups = tuple(PlannedFollowUp(f.action_key, file_names[f.action_document], f.status, f.text)
                       for f in document.follow_ups)
    return DocumentPlan(name, f"{document.date.year}/{name}", document.kind, document.forum, document.date, suffix,
                        document.title, document.blocks, document.participants, actions, follow_ups, document.words)


# --------------------------------------------------------------------------------------------------
# Rendering (in worker processes)


def _creation_time(document: DocumentPlan) -> datetime:
    return datetime(document.date.year, document.date.month, document.date.day, 16, 0, tzinfo=UTC)


def render_docx(document: DocumentPlan, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Mm, Pt

    out = docx.Document()
    section = out.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    normal = out.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    for block in document.blocks:
        if block[0] == "heading":
            out.add_heading(block[2], level=block[1])
        elif block[0] == "para":
            out.add_paragraph(block[1])
        else:
            _, header, rows, _ = block
            table = out.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for number, row in enumerate(rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
                    if header and number == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    stamp = _creation_time(document).replace(tzinfo=None)
    properties = out.core_properties
    properties.title = document.title
    properties.author = "Vårdsamverkan Skåne"
    properties.last_modified_by = "Vårdsamverkan Skåne"
    properties.comments = ""
    properties.created = stamp
    properties.modified = stamp
    properties.last_printed = stamp
    properties.revision = 1
    buffer = io.BytesIO()
    out.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue(), document.date))


def _fixed_zip(data: bytes, day: date) -> bytes:
    """The same package with fixed member timestamps (python-docx stamps them with the current time)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(day.year, day.month, day.day, 16, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


def render_pdf(document: DocumentPlan, path: Path) -> None:
    from fpdf import FPDF

    running = (f"Delregional tjänstemannaberedning {document.forum}, minnesanteckningar {_iso(document.date)}"
               if document.kind == "minutes" else f"Aktivitets- och tidplan {document.date.year}, {document.forum}")

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"{running}   Sida {self.page_no()} av {{nb}}", align="C")

    pdf = _Pdf(format="A4")
    pdf.set_creation_date(_creation_time(document))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(auto=True, margin=24)
    pdf.add_page()
    word_widths: dict[str, float] = {}  # body font only
    for block in document.blocks:
        if block[0] == "heading":
            size = 15 if block[1] == 1 else 12
            pdf.ln(3 if block[1] == 2 else 0)
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(0, 6.5 if block[1] == 1 else 6, block[2], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block[0] == "para":
            pdf.set_font("DejaVu", size=10)
            for line in _wrap(pdf, block[1], pdf.epw, word_widths):
                pdf.cell(0, 4.9, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.4)
        else:
            _, header, rows, widths = block
            pdf.set_font("DejaVu", size=9 if len(widths) > 3 else 10)
            with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=4.6,
                           text_align="LEFT") as table:
                for row in rows:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdf.ln(3)
    pdf.set_title(document.title)
    pdf.set_author("Vårdsamverkan Skåne")
    pdf.set_creator("minutes-graph benchmarks/generate_corpus.py")
    pdf.output(str(path))


def _wrap(pdf, text: str, width: float, widths: dict[str, float]) -> list[str]:
    """Greedy line breaking for body text in one font (what multi_cell does, without its cost per
    character, which dominates rendering long paragraphs)."""
    space = widths.get(" ")
    if space is None:
        space = widths[" "] = pdf.get_string_width(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        size = widths.get(word)
        if size is None:
            size = widths[word] = pdf.get_string_width(word)
        if current and used + space + size > width:
            lines.append(" ".join(current))
            current, used = [word], size
        else:
            used += (space if current else 0.0) + size
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _render(job: tuple[DocumentPlan, str]) -> str:
    document, out_dir = job
    path = Path(out_dir) / document.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    if document.format == "pdf":
        render_pdf(document, path)
    else:
        render_docx(document, path)
    return str(path)


def generate_corpus(out_dir: Path, *, years: int = 10, forums: int = 5, meetings_per_year: int = 8,
                    plans_per_year: int = 1, pages: int = 10, pdf_share: float = 0.5, seed: int = 1,
                    workers: int | None = None) -> list[Path]:
    """Write the corpus into ``out_dir`` (per-year folders); returns the files in date order.

    ``workers``: processes that render (default: one per CPU; 1 renders in this process)."""
    documents = plan_corpus(years=years, forums=forums, meetings_per_year=meetings_per_year,
                            plans_per_year=plans_per_year, pages=pages, pdf_share=pdf_share, seed=seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(d, str(out_dir)) for d in documents]
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(jobs) < 4:
        written = [_render(job) for job in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            written = list(pool.map(_render, jobs, chunksize=max(1, min(16, len(jobs) // (workers * 4)))))
    return [Path(p) for p in written]


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that say which corpus: the same options give the same documents."""
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--forums", type=int, default=5)
    parser.add_argument("--meetings-per-year", type=int, default=8)
    parser.add_argument("--plans-per-year", type=int, default=1)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--pdf-share", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=1)


def corpus_options(args: argparse.Namespace) -> dict:
    """``plan_corpus``'s keyword arguments from the options of ``add_corpus_arguments``."""
    return {"years": args.years, "forums": args.forums, "meetings_per_year": args.meetings_per_year,
            "plans_per_year": args.plans_per_year, "pages": args.pages, "pdf_share": args.pdf_share,
            "seed": args.seed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write into (per-year sub-folders)")
    add_corpus_arguments(parser)
    parser.add_argument("--workers", type=int, default=None, help="render processes (default: one per CPU)")
    args = parser.parse_args()
    start = time.perf_counter()
    paths = generate_corpus(args.out, **corpus_options(args), workers=args.workers)
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in paths)
    pdfs = sum(p.suffix == ".pdf" for p in paths)
    print(f"{len(paths)} documents ({len(paths) - pdfs} DOCX, {pdfs} PDF), {size / 1e6:.1f} MB in {args.out}, "
          f"{seconds:.1f} s")


if __name__ == "__main__":
    main()
