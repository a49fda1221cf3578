"""Query results as a terminal table, Markdown, CSV, XLSX, JSON or a self-contained HTML report."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from rich.console import Console
from rich.table import Table
from rich.text import Text

from queries.catalog import QueryResult

FORMATS = ("table", "md", "csv", "xlsx", "json", "html")
# Column headings users see, in Swedish.
HEADINGS_SV = {
    "owner": "Ansvarig", "action": "Åtgärd", "due": "Klart senast", "status": "Status", "raised": "Väckt",
    "forum": "Forum", "document": "Dokument", "page": "Sida", "paragraph": "Stycke", "key": "Nyckel",
    "path": "Fil", "confirmed": "Bekräftad",
    # the review queue and the list of corrections
    "number": "Nr", "kind": "Typ", "what": "Vad", "reason": "Skäl", "suggestion": "Förslag", "id": "Id",
    "by": "Av", "at": "Datum", "note": "Anteckning", "state": "Läge",
    # the collaboration structure (forum_mandate, forum_members, escalation_path, focus_areas, …)
    "level": "Nivå", "frequency": "Mötesfrekvens", "chairs": "Ordförande", "chair_arrangement": "Ordförandeskap",
    "mandate": "Uppdrag", "role": "Roll", "organisation": "Organisation", "year": "År",
    "meetings_attended": "Möten med närvaro", "people": "Personer", "steps": "Steg", "chain": "Kedja", "top_forum": "Översta forum",
    "top_level": "Översta nivå", "focus_area": "Fokusområde", "sub_area": "Delområde", "activity": "Aktivitet",
    "timing": "Tidplan", "responsible": "Ansvarig", "result_year": "Resultatår", "result": "Resultat",
    "indicator": "Indikator", "from_forum": "Från forum", "to_forum": "Till forum", "basis": "Grund",
}
STATUS_SV = {"open": "Öppen", "in_progress": "Pågår", "done": "Klar"}


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


def display_text(column: str, value: Any) -> str:
    """Cell text for people: statuses in Swedish."""
    if column == "status" and isinstance(value, str):
        return STATUS_SV.get(value, value)
    return cell_text(value)


def render(result: QueryResult, fmt: str, out: Path | None = None, console: Console | None = None) -> str | None:
    """Write ``result`` as ``fmt`` to ``out`` (a file), or return/print it for the terminal."""
    if fmt == "table":
        _print_table(result, console or Console())
        return None
    if fmt == "xlsx":
        if out is None:
            raise ValueError("an XLSX report needs an output file (--output report.xlsx)")
        write_xlsx(result, out)
        return None
    text = {"md": to_markdown, "csv": to_csv, "json": to_json, "html": to_html}[fmt](result)
    if out is not None:
        out.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
        return None
    return text


def _print_table(result: QueryResult, console: Console) -> None:
    title = result.spec.title.split("|")[-1].strip() if result.spec else None
    table = Table(title=Text(title) if title else None, show_lines=False)
    for column in result.columns:
        table.add_column(HEADINGS_SV.get(column, column), overflow="fold")
    for row in result.rows:
        # Text from documents is data, never Rich markup: "[uppgift borttagen]" must print as written.
        table.add_row(*(Text(display_text(c, v)) for c, v in zip(result.columns, row, strict=True)))
    console.print(table)
    console.print(f"{len(result.rows)} rader")


def to_markdown(result: QueryResult) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(HEADINGS_SV.get(c, c) for c in result.columns) + " |",
             "|" + "---|" * len(result.columns)]
    lines += ["| " + " | ".join(escape(display_text(c, v)) for c, v in zip(result.columns, row, strict=True)) + " |"
              for row in result.rows]
    return "\n".join(lines) + "\n"


def to_csv(result: QueryResult, delimiter: str = ";") -> str:
    """Semicolon-separated, as Swedish Excel expects; written with a BOM so å ä ö show right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(result.columns)
    writer.writerows([cell_text(v) for v in row] for row in result.rows)
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    rows = [dict(zip(result.columns, (v.isoformat() if isinstance(v, dt.date) else v for v in row),
                     strict=True)) for row in result.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def write_xlsx(result: QueryResult, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (result.spec.name if result.spec else "resultat")[:31]
    sheet.append([HEADINGS_SV.get(c, c) for c in result.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in result.rows:
        sheet.append([v if isinstance(v, dt.date | int | float) or v is None else cell_text(v) for v in row])
    for column_cells in sheet.columns:
        for cell in column_cells[1:]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        width = max(len(cell_text(c.value)) for c in column_cells)
        sheet.column_dimensions[column_cells[0].column_letter].width = min(60, max(10, width + 2))
    sheet.freeze_panes = "A2"
    workbook.save(out)


def to_html(result: QueryResult, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    environment = Environment(loader=PackageLoader("queries", "templates"), autoescape=select_autoescape())
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[cell_text(row.get("owner")) or "Ingen ansvarig angiven"].append(row)
    return environment.get_template("report.html.j2").render(
        title=result.spec.title.split("|")[-1].strip() if result.spec else "Resultat",
        columns=result.columns, headings=HEADINGS_SV, file_uri=lambda path: Path(path).resolve().as_uri(), groups=sorted(groups.items()) if "owner" in result.columns
        else [("", rows)], today=today, cell_text=cell_text, status_sv=STATUS_SV,
        overdue=lambda row: isinstance(row.get("due"), dt.date) and row["due"] < today
        and row.get("status") != "done",
    )
