"""Metros of the linking7 scenario (shared by build_pool.py and gen.py). Area codes are real;
the numbers used with them are the fictional NPA-555-01XX range."""


def _m(key, name, st, country, npas, weight, hoods, nick=None, circuits=()):
    return {"key": key, "name": name, "st": st, "country": country, "npas": list(npas),
            "weight": weight, "hoods": list(hoods), "nick": nick, "circuits": list(circuits)}


METROS = [
    _m("nyc", "New York", "NY", "US", ["212", "718"], 9, ["Midtown", "Queens", "Brooklyn", "Flushing", "UES"], "NYC", ["NE"]),
    _m("la", "Los Angeles", "CA", "US", ["213", "323"], 9, ["Downtown", "Hollywood", "Koreatown", "LAX", "Van Nuys"], "LA", ["W"]),
    _m("chi", "Chicago", "IL", "US", ["312", "773"], 7, ["Loop", "O'Hare", "River North"], "Chi-town", ["MW"]),
    _m("hou", "Houston", "TX", "US", ["713", "832"], 8, ["Galleria", "Medical Center", "IAH", "Westchase"], "htown", ["TX"]),
    _m("phx", "Phoenix", "AZ", "US", ["602"], 4, ["Scottsdale", "Tempe", "Airport"], None, ["W"]),
    _m("phl", "Philadelphia", "PA", "US", ["215"], 4, ["Center City", "Airport"], "Philly", ["NE"]),
    _m("sat", "San Antonio", "TX", "US", ["210"], 3, ["Riverwalk", "Airport"], "SA", ["TX"]),
    _m("sd", "San Diego", "CA", "US", ["619"], 3, ["Gaslamp", "Mission Valley"], None, ["W"]),
    _m("dal", "Dallas", "TX", "US", ["214", "469"], 7, ["Uptown", "Love Field", "Galleria", "Addison"], "Big D", ["TX"]),
    _m("aus", "Austin", "TX", "US", ["512"], 4, ["Downtown", "Domain", "Round Rock"], "ATX", ["TX"]),
    _m("jax", "Jacksonville", "FL", "US", ["904"], 2, ["Southside", "Beaches"], "Jax", ["SE"]),
    _m("sj", "San Jose", "CA", "US", ["408"], 2, ["Downtown", "Santa Clara"], None, ["W"]),
    _m("ftw", "Fort Worth", "TX", "US", ["817"], 2, ["Sundance Square", "Arlington"], None, ["TX"]),
    _m("col", "Columbus", "OH", "US", ["614"], 2, ["Short North", "Polaris"], None, ["MW"]),
    _m("clt", "Charlotte", "NC", "US", ["704"], 3, ["Uptown", "Airport"], None, ["SE"]),
    _m("ind", "Indianapolis", "IN", "US", ["317"], 2, ["Downtown", "Castleton"], "Indy", ["MW"]),
    _m("sf", "San Francisco", "CA", "US", ["415"], 4, ["SoMa", "Union Square", "SFO"], "SF", ["W"]),
    _m("sea", "Seattle", "WA", "US", ["206"], 3, ["Downtown", "Bellevue", "SeaTac"], None, ["W", "CW"]),
    _m("den", "Denver", "CO", "US", ["303"], 3, ["Downtown", "Tech Center", "DIA"], None, ["W"]),
    _m("dc", "Washington", "DC", "US", ["202"], 4, ["Downtown", "Georgetown", "Dulles"], "DMV", ["NE"]),
    _m("bos", "Boston", "MA", "US", ["617"], 3, ["Back Bay", "Downtown", "Logan"], None, ["NE"]),
    _m("nash", "Nashville", "TN", "US", ["615"], 3, ["Downtown", "Airport"], None, ["SE"]),
    _m("det", "Detroit", "MI", "US", ["313"], 3, ["Dearborn", "Downtown", "Troy"], None, ["MW", "CE"]),
    _m("okc", "Oklahoma City", "OK", "US", ["405"], 2, ["Bricktown", "Airport"], "OKC", ["TX"]),
    _m("pdx", "Portland", "OR", "US", ["503"], 2, ["Pearl District", "Airport"], "PDX", ["W"]),
    _m("lv", "Las Vegas", "NV", "US", ["702"], 6, ["The Strip", "Henderson", "Downtown"], "Vegas", ["W"]),
    _m("mem", "Memphis", "TN", "US", ["901"], 2, ["Downtown", "Airport"], None, ["SE"]),
    _m("lou", "Louisville", "KY", "US", ["502"], 1, ["Downtown", "Airport"], None, ["MW"]),
    _m("bal", "Baltimore", "MD", "US", ["410"], 2, ["Inner Harbor", "BWI"], "Bmore", ["NE"]),
    _m("mil", "Milwaukee", "WI", "US", ["414"], 1, ["Downtown", "Airport"], None, ["MW"]),
    _m("abq", "Albuquerque", "NM", "US", ["505"], 1, ["Uptown", "Airport"], "ABQ", ["W"]),
    _m("tuc", "Tucson", "AZ", "US", ["520"], 1, ["Foothills", "Downtown"], None, ["W"]),
    _m("sac", "Sacramento", "CA", "US", ["916"], 2, ["Downtown", "Roseville"], None, ["W"]),
    _m("kc", "Kansas City", "MO", "US", ["816"], 2, ["Plaza", "Overland Park"], "KC", ["MW"]),
    _m("atl", "Atlanta", "GA", "US", ["404", "678"], 7, ["Buckhead", "Midtown", "Airport"], "ATL", ["SE"]),
    _m("mia", "Miami", "FL", "US", ["305", "786"], 7, ["Brickell", "Doral", "Hialeah", "Airport"], "MIA", ["SE"]),
    _m("orl", "Orlando", "FL", "US", ["407"], 3, ["I-Drive", "Airport"], None, ["SE"]),
    _m("tpa", "Tampa", "FL", "US", ["813"], 3, ["Westshore", "Ybor"], None, ["SE"]),
    _m("msp", "Minneapolis", "MN", "US", ["612"], 2, ["Downtown", "Bloomington"], None, ["MW"]),
    _m("nola", "New Orleans", "LA", "US", ["504"], 2, ["French Quarter", "Metairie"], "NOLA", ["TX", "SE"]),
    _m("tor", "Toronto", "ON", "CA", ["416", "647"], 7, ["Downtown", "North York", "Mississauga", "Scarborough"], "the 6ix", ["CE"]),
    _m("mtl", "Montréal", "QC", "CA", ["514", "438"], 5, ["Centre-ville", "Plateau", "Laval"], "MTL", ["CE"]),
    _m("van", "Vancouver", "BC", "CA", ["604", "778"], 4, ["Downtown", "Richmond", "Burnaby"], "Van", ["CW"]),
    _m("cal", "Calgary", "AB", "CA", ["403"], 2, ["Beltline", "Airport"], "YYC", ["CW"]),
    _m("edm", "Edmonton", "AB", "CA", ["780"], 2, ["Whyte Ave", "West Edmonton"], "YEG", ["CW"]),
    _m("ott", "Ottawa", "ON", "CA", ["613"], 2, ["Byward Market", "Gatineau"], None, ["CE"]),
    _m("wpg", "Winnipeg", "MB", "CA", ["204"], 1, ["Downtown", "Polo Park"], "Winnipeg", ["CW"]),
    _m("qc", "Québec", "QC", "CA", ["418"], 1, ["Vieux-Québec", "Sainte-Foy"], None, ["CE"]),
]

CIRCUITS = ["TX", "SE", "NE", "MW", "W", "CE", "CW"]
