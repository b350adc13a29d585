#!/usr/bin/python3
"""Writes the AL3 samples (fixed-width records; layouts in docs/DOWNLOADS.md). Run once; the output is committed."""

def rec(group, *fields):
    body = "".join(str(v)[:w].ljust(w) for v, w in fields)
    return group + "%03d" % (len(body) + 10) + "001" + body

def amount(cents):
    return "%011d%s" % (abs(cents), "-" if cents < 0 else "+")

def header():
    return rec("1MHG", ("SAMPLECO", 10), ("20260102", 8))

def trg(kind, lob, date=""):
    return rec("2TRG", (kind, 3), (lob, 5), (date, 8))

def bis(kind, name, given, addr1, city, state, postal, phone="", email=""):
    return rec("5BIS", (kind, 1), (name, 40), (given, 20), (addr1, 30), ("", 30), (city, 20), (state, 2),
               (postal, 10), ("US", 2), (phone, 15), (email, 40))

def bpi(number, naic, carrier, eff, exp, premium):
    return rec("5BPI", (number, 25), (naic, 5), (carrier, 30), (eff, 8), (exp, 8), (amount(premium), 12))

def cvg(code, applies, limit=None, deductible=None):
    return rec("5CVG", (code, 6), (applies, 12), (amount(limit * 100) if limit is not None else "", 12),
               (amount(deductible * 100) if deductible is not None else "", 12))

def aoi(kind, name, addr1, city, state, postal, ref=""):
    return rec("5AOI", (kind, 5), (name, 40), (addr1, 30), (city, 20), (state, 2), (postal, 10), (ref, 20))

def trailer(n):
    return rec("3MTG", ("%05d" % n, 5))

insured = bis("C", "Ridgeline Masonry Co", "", "310 Granite Ave", "Boise", "ID", "83702", "208-555-0164",
              "books@ridgeline-masonry.example")
person = bis("P", "Okafor", "William", "19 Aspen Ct", "Boise", "ID", "83706", "208-555-0101")
txns = [
    [trg("NBS", "CGL"), insured, bpi("RM-GL-1001", "99505", "Sawtooth Casualty", "20260201", "20270201", 318000),
     cvg("EAOCC", "", 1000000), cvg("GENAG", "", 2000000), cvg("PRDCO", "", 2000000), cvg("MEDEX", "", 5000),
     aoi("ADDIN", "Treasure Valley Builders", "4 Depot St", "Meridian", "ID", "83642")],
    [trg("NBS", "AUTOB"), insured, bpi("RM-CA-1002", "99505", "Sawtooth Casualty", "20260201", "20270201", 455012),
     cvg("CSL", "PERACC", 1000000)],
    [trg("NBS", "WORK"), insured, bpi("RM-WC-1003", "99606", "Gem State Comp", "20260201", "20270201", 910000),
     cvg("EL", "EACHACCIDENT", 1000000), cvg("EL", "DISEACHEMPL", 1000000), cvg("EL", "DISPOL", 1000000)],
    [trg("NBS", "UMBRC"), insured, bpi("RM-UM-1004", "99505", "Sawtooth Casualty", "20260201", "20270201", 120000),
     cvg("EAOCC", "", 2000000, 10000), cvg("AGG", "", 2000000)],
    [trg("NBS", "PROPC"), insured, bpi("RM-CP-1005", "99707", "Snake River Mutual", "20260201", "20270201", 264550),
     cvg("BLDG", "", 900000, 2500), cvg("BPP", "", 150000),
     aoi("MORTG", "Idaho Builders Credit Union", "PO Box 88", "Boise", "ID", "83701", "LN-7731")],
    [trg("NBS", "INMRC"), insured, bpi("RM-IM-1006", "99707", "Snake River Mutual", "20260201", "20270201", 64000),
     cvg("EQPFL", "", 180000, 1000)],
    [trg("NBS", "HOME"), person, bpi("WO-HO-2001", "99707", "Snake River Mutual", "20260301", "20270301", 98000),
     cvg("DWELL", "", 380000, 1000), cvg("PP", "", 190000)],
]
with open("al3-new.al3", "w", newline="") as f:
    f.write("\r\n".join([header()] + [r for t in txns for r in t] + [trailer(len(txns))]) + "\r\n")

later = [
    [trg("RWL", "CGL"), insured, bpi("RM-GL-1001", "99505", "Sawtooth Casualty", "20270201", "20280201", 331000),
     cvg("EAOCC", "", 1000000), cvg("GENAG", "", 2000000)],
    [trg("PCH", "AUTOB", "20260615"), insured,
     bpi("RM-CA-1002", "99505", "Sawtooth Casualty", "20260201", "20270201", 480012), cvg("CSL", "PERACC", 2000000)],
    [trg("END", "PROPC", "20260701"), insured,
     bpi("RM-CP-1005", "99707", "Snake River Mutual", "20260201", "20270201", 270000),
     cvg("BLDG", "", 950000, 2500), cvg("BPP", "", 150000)],
    [trg("XLC", "WORK", "20260831"), insured,
     bpi("RM-WC-1003", "99606", "Gem State Comp", "20260201", "20270201", 910000)],
    [trg("REI", "WORK", "20260910"), insured,
     bpi("RM-WC-1003", "99606", "Gem State Comp", "20260201", "20270201", 910000)],
]
# Back-to-back records (no line breaks), as many carriers send them.
with open("al3-transactions.al3", "w", newline="") as f:
    f.write("".join([header()] + [r for t in later for r in t] + [trailer(len(later))]))
