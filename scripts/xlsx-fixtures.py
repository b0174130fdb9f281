#!/usr/bin/env python3
"""Writes the XLSX test fixtures of plainsight-referral from its CSV fixtures, the way a
spreadsheet program saves a sheet it opened from CSV: numbers stored as numbers, text as shared
strings, with extra sheets a real 3W workbook carries (a read-me, lookup lists).

    python3 -m venv /tmp/xl && /tmp/xl/bin/pip install openpyxl==3.1.5
    /tmp/xl/bin/python scripts/xlsx-fixtures.py

The outputs are committed (crates/plainsight-referral/tests/data/xlsx/); the importer's tests
compare what each workbook gives with what its CSV gives. Deterministic: fixed document times.
"""
import csv
import datetime
import pathlib

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "crates/plainsight-referral/tests/data"
OUT = DATA / "xlsx"
WHEN = datetime.datetime(2026, 11, 30)


def typed(cell):
    """A cell as a spreadsheet reads it from CSV: a number if it reads as one, else text."""
    try:
        if cell.strip() and not cell.strip().startswith("+") and not cell.strip().startswith("0"):
            return float(cell) if "." in cell or "e" in cell.lower() else int(cell)
    except ValueError:
        pass
    return cell if cell != "" else None


def rows_of(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def new_book():
    wb = openpyxl.Workbook()
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    return wb


def add_readme(wb, title="ReadMe"):
    ws = wb.create_sheet(title, 0)
    ws.append(["Synthetic test workbook written by scripts/xlsx-fixtures.py."])
    ws.append(["The data sheet follows; this sheet holds no table."])


def save(wb, name):
    OUT.mkdir(exist_ok=True)
    wb.save(OUT / name)
    print("wrote", OUT / name)


def main():
    # The Ebola 3W excerpt: a read-me sheet first, then the data (plain headers, no tags).
    wb = new_book()
    ws = wb.active
    ws.title = "3W"
    for r in rows_of("ebola_3w/ebola_3w_excerpt.csv"):
        ws.append([typed(c) for c in r])
    add_readme(wb)
    save(wb, "ebola_3w_excerpt.xlsx")

    # The Sahel sheet with its HXL tag row, under a title row, coordinates as numbers.
    sahel = rows_of("sahel_3w_hxl.csv")
    wb = new_book()
    ws = wb.active
    ws.title = "Sahel 3W"
    ws.append(["Who does what where - Sahel (synthetic)"])
    for r in sahel:
        ws.append([typed(c) for c in r])
    save(wb, "sahel_3w_hxl.xlsx")

    # The same rows in two sheets (one per country) behind a lookup sheet.
    wb = new_book()
    lists = wb.active
    lists.title = "Lists"
    for s in ["Protection", "Health", "Child Protection"]:
        lists.append([s])
    header, tags, body = sahel[0], sahel[1], sahel[2:]
    for country in ["Niger", "Libya"]:
        ws = wb.create_sheet(country)
        ws.append(header)
        ws.append(tags)
        for r in body:
            if r[3] == country:
                ws.append([typed(c) for c in r])
    save(wb, "sahel_by_country.xlsx")


if __name__ == "__main__":
    main()
