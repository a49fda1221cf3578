"""Write the sample documents in data/samples/ (fictional forum, fictional people).

Run once by a developer when the samples change; the outputs are committed.
DOCX via python-docx; the PDF via fpdf2 with DejaVu Sans (Debian fonts-dejavu-core)
so that å ä ö and dashes come out right.

    .venv/bin/python tools/make_samples.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "data" / "samples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FORUM_TITLE = "Minnesanteckningar delregional tjänstemannaberedning Nordöstra"

PARTICIPANTS_2025 = [
    ("Deltagare:", "", ""),
    ("Sara Lindgren Öhman", "Socialchef", "Kristianstad"),
    ("Jonas Åkesson", "Förvaltningschef Vård och omsorg", "Hässleholm"),
    ("Malin Bäckström (förhinder)", "Sektorchef Omsorg", "Osby"),
    ("Per-Olof Nyström (tf)", "Socialchef", "Bromölla"),
    ("Yasmin Haddad", "Primärvårdschef", "Primärvården Skåne"),
    ("Göran Ek", "Verksamhetschef", "CSK"),
    ("Inbjudna:", "", ""),
    ("Linnéa Sjögren", "Processledare Nära vård", "Region Skåne"),
    ("Tomas Wennerström", "Processledare Nära vård", "Skånes kommuner"),
]

MEETINGS = [
    {
        "file": "2025-02-11_dtb_nordostra.docx",
        "date": "2025-02-11",
        "participants": PARTICIPANTS_2025,
        "items": [
            ("1. Välkomna och föregående minnesanteckningar – Sara Lindgren Öhman", [
                "Sara hälsar välkommen. Föregående minnesanteckningar godkänns.",
            ]),
            ("2. Mobilt team närsjukvård Kristianstad – lägesrapport – Yasmin Haddad", [
                "Teamet har varit i drift sedan december 2023 och har tagit emot 310 unika patienter.",
                "Kommunerna efterfrågar en gemensam rutin för avisering när teamet gör hembesök.",
                "Yasmin tar fram ett förslag till rutin för avisering senast 2025-03-31.",
            ]),
            ("3. Pilot Trygg hemgång i Osby – Tomas Wennerström", [
                "Tomas presenterar upplägget för piloten Trygg hemgång med förstärkt stöd de första två veckorna efter utskrivning.",
                "Beslut: Beslut fattas att piloten Trygg hemgång genomförs i Osby under hösten 2025.",
                "Projektplan för Trygg hemgång tas fram och är klar 250531.",
                "Ansvarig: Tomas Wennerström",
            ]),
            ("4. SIP-utbildning – Linnéa Sjögren", [
                "Behovet av utbildning i samordnad individuell plan är stort i alla kommuner.",
                "Linnéa återkommer med ett förslag till utbildningsdagar under våren.",
            ]),
            ("5. Övriga frågor", [
                "Beslut: Nästa möte hålls den 8 april 2025 på CSK.",
            ]),
        ],
        "signature": [("Sara Lindgren Öhman", "Ordförande"), ("Yasmin Haddad", "vice ordförande")],
    },
    {
        "file": "2025-04-08_dtb_nordostra.docx",
        "date": "2025-04-08",
        "participants": [
            ("Deltagare:", "", ""),
            ("Sara Lindgren Öhman", "Socialchef", "Kristianstad"),
            ("Jonas Åkesson (förhinder)", "Förvaltningschef Vård och omsorg", "Hässleholm"),
            ("Malin Bäckström", "Sektorchef Omsorg", "Osby"),
            ("Per-Olof Nyström", "Socialchef", "Bromölla"),
            ("Yasmin Haddad", "Primärvårdschef", "Primärvården Skåne"),
            ("Göran Ek", "Verksamhetschef", "CSK"),
            ("Inbjudna:", "", ""),
            ("Linnéa Sjögren", "Processledare Nära vård", "Region Skåne"),
            ("Tomas Wennerström", "Processledare Nära vård", "Skånes kommuner"),
        ],
        "items": [
            ("1. Välkomna – Sara Lindgren Öhman", [
                "Sara hälsar välkommen, särskilt Per-Olof som nu är ordinarie socialchef i Bromölla.",
            ]),
            ("2. Återkoppling från föregående möte – Sara Lindgren Öhman", [
                "Rutin för avisering vid hembesök av mobilt team: förslaget är skickat till kommunerna. Klar.",
                "Projektplan för Trygg hemgång: arbetet pågår och planen blir klar i maj. Pågår.",
            ]),
            ("3. Utskrivningsklara patienter på CSK – Göran Ek", [
                "Antalet utskrivningsklara patienter som blir kvar på sjukhuset har ökat under vintern.",
                "Göran och Malin tar fram en gemensam lägesbild av utskrivningsklara patienter till nästa möte.",
                "Beslut: Beslut fattas att frågan om utskrivningsklara patienter följs upp vid varje möte under 2025.",
            ]),
            ("4. Delregional aktivitetsplan 2025 – Linnéa Sjögren och Tomas Wennerström", [
                "Processledarna Nära vård presenterar förslaget till aktivitetsplan för 2025.",
                "Beslut: Aktivitetsplanen 2025 fastställs.",
                "Processledarna Nära vård ska ta fram indikatorer för planens aktiviteter senast 2025-09-30.",
            ]),
        ],
        "signature": [("Sara Lindgren Öhman", "Ordförande")],
    },
    {
        "file": "2025-06-10_dtb_nordostra.docx",
        "date": "2025-06-10",
        "participants": [
            ("Deltagare:", "", ""),
            ("Sara Lindgren Öhman", "Socialchef", "Kristianstad"),
            ("Jonas Åkesson", "Förvaltningschef Vård och omsorg", "Hässleholm"),
            ("Malin Bäckström", "Sektorchef Omsorg", "Osby"),
            ("Per-Olof Nyström", "Socialchef", "Bromölla"),
            ("Yasmin Haddad (förhinder)", "Primärvårdschef", "Primärvården Skåne"),
            ("Göran Ek", "Verksamhetschef", "CSK"),
            ("Inbjudna:", "", ""),
            ("Linnéa Sjögren", "Processledare Nära vård", "Region Skåne"),
        ],
        "items": [
            ("1. Välkomna – Sara Lindgren Öhman", [
                "Sara hälsar välkommen.",
            ]),
            ("2. Utskrivningsklara patienter – Göran Ek", [
                "Göran redovisar lägesbilden: i genomsnitt 14 utskrivningsklara patienter per dag under maj.",
                "Jonas undersöker möjligheten till fler korttidsplatser i Hässleholm och återkommer senast 2025-10-15.",
            ]),
            ("3. Mobil röntgen – Yasmin Haddad", [
                "Yasmin har förhinder; Linnéa föredrar punkten. Intresset för mobil röntgen i särskilt boende är stort.",
                "Beslut: Beslut fattas att ge operativa arbetsgruppen i uppdrag att utreda förutsättningarna för Mobil röntgen.",
                "Operativa arbetsgruppen redovisar utredningen senast 2025-11-30.",
            ]),
        ],
        "signature": [("Sara Lindgren Öhman", "Ordförande")],
        "action_table": [
            ("Åtgärd", "Ansvarig", "Klart senast", "Status"),
            ("Projektplan för Trygg hemgång", "Tomas Wennerström", "2025-05-31", "Klar"),
            ("Förslag till utbildningsdagar i SIP", "Linnéa Sjögren", "2025-06-30", "Pågår"),
            ("Indikatorer för aktivitetsplanen", "Processledarna Nära vård", "2025-09-30", "Ej påbörjad"),
        ],
    },
]

PDF_MEETING = {
    "file": "2025-09-16_dtb_nordostra.pdf",
    "date": "2025-09-16",
    "participants": [
        ("Deltagare:", "", ""),
        ("Sara Lindgren Öhman", "Socialchef", "Kristianstad"),
        ("Jonas Åkesson", "Förvaltningschef Vård och omsorg", "Hässleholm"),
        ("Malin Bäckström", "Sektorchef Omsorg", "Osby"),
        ("Per-Olof Nyström", "Socialchef", "Bromölla"),
        ("Yasmin Haddad", "Primärvårdschef", "Primärvården Skåne"),
        ("Göran Ek (förhinder)", "Verksamhetschef", "CSK"),
        ("Inbjudna:", "", ""),
        ("Linnéa Sjögren", "Processledare Nära vård", "Region Skåne"),
        ("Tomas Wennerström", "Processledare Nära vård", "Skånes kommuner"),
    ],
    "items": [
        ("1. Välkomna – Sara Lindgren Öhman", [
            "Sara hälsar välkommen efter sommaren.",
        ]),
        ("2. Trygg hemgång i Osby – uppstart – Tomas Wennerström", [
            "Piloten startade 1 september med tolv deltagare. Uppföljning sker i operativa arbetsgruppen.",
            "Malin sammanställer erfarenheterna från de första månaderna till mötet i december.",
        ]),
        ("3. Korttidsplatser i Hässleholm – Jonas Åkesson", [
            "Jonas redovisar att fyra nya korttidsplatser öppnar i november.",
            "Beslut: Noteras att korttidsplatserna följs upp vid mötet i december.",
        ]),
        ("4. Kompetenssamverkan – Linnéa Sjögren", [
            "Linnéa bjuder in till ett webbinarium om SIP den 21 oktober.",
            "Yasmin ansvarar för att vårdcentralerna i Nordöstra anmäler deltagare senast 2025-10-10.",
        ]),
    ],
    "signature": [("Sara Lindgren Öhman", "Ordförande")],
}


def write_docx(meeting: dict) -> None:
    document = docx.Document()
    document.add_paragraph("DATUM")
    document.add_paragraph(meeting["date"])
    document.add_heading(FORUM_TITLE, level=1)
    document.add_paragraph("Plats: Teams")
    _add_table(document, meeting["participants"])
    for heading, paragraphs in meeting["items"]:
        document.add_heading(heading, level=2)
        for text in paragraphs:
            document.add_paragraph(text)
    if "action_table" in meeting:
        document.add_heading("Åtgärdslista", level=2)
        _add_table(document, meeting["action_table"])
    for name, role in meeting["signature"]:
        document.add_paragraph(name)
        document.add_paragraph(role)
    document.core_properties.title = FORUM_TITLE
    document.save(OUT / meeting["file"])


def _add_table(document, rows) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def write_pdf(meeting: dict) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in ("DATUM", meeting["date"]):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 6.5, FORUM_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.cell(0, 8, "Plats: Teams", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 70, 50), first_row_as_headings=False) as table:
        for row in meeting["participants"]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    for heading, paragraphs in meeting["items"]:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=10)
        for text in paragraphs:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(6)
    for name, role in meeting["signature"]:
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, role, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title(FORUM_TITLE)
    pdf.output(str(OUT / meeting["file"]))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for meeting in MEETINGS:
        write_docx(meeting)
    write_pdf(PDF_MEETING)
    print(f"wrote {len(MEETINGS) + 1} samples to {OUT}")


if __name__ == "__main__":
    main()
