"""Reading other groups' lists: plain steps, each recording what it decided for the report.

    grids    bytes -> sheets of text cells (CSV/TSV in any encoding, XLSX/XLS/ODS, merged cells filled)
    tables   a sheet -> where its table is: header rows (one or two, merged), the rows below
    columns  headers and values -> what each column holds, and why
    rows     a row -> a person as the list describes them, or why it is not a person
    people   rows and the vault's people -> the same person, maybe the same, or someone new
    releases a release communiqué -> the people it names, line by line

Nothing here touches the vault or the disk: services/importing.py and services/releases.py
feed these steps and write what they decide.
"""
