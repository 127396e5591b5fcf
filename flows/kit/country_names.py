"""Names of countries that CLDR does not give: the abbreviations and other names people type
("USA", "EE. UU.", "Bosnia"), and the name a government writes where CLDR's is a
disambiguation or an abbreviation ("Democratic Republic of the Congo")."""

from __future__ import annotations

# Abbreviations that people type besides ISO codes ("USA" is one), matched exactly like codes
# (case, dots and spaces ignored: "EE. UU." is "EEUU").
ABBREVIATIONS: dict[str, str] = {
    "UK": "GB",
    "EEUU": "US",
    "EUA": "US",
    "США": "US",
    "UAE": "AE",
    "EAU": "AE",
    "ОАЭ": "AE",
    "DRC": "CD",
    "RDC": "CD",
    "ДРК": "CD",
    "DPRK": "KP",
    "КНДР": "KP",
    "ROK": "KR",
    "PRC": "CN",
    "КНР": "CN",
    "ROC": "TW",
    "РФ": "RU",
    "KSA": "SA",
    "RSA": "ZA",
    "ЮАР": "ZA",
    "RCA": "CF",
    "CAR": "CF",
    "ЦАР": "CF",
    "FYROM": "MK",
}

# Short, former and everyday names in several languages, mostly ones CLDR does not give (a few
# repeat CLDR's, to keep each row whole); searched like CLDR's names: exactly, by prefix, by
# substring and fuzzily.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "CF": ("Centrafrique", "Central Africa Republic"),
    "CD": (
        "DR Congo", "RD Congo", "Democratic Republic of the Congo", "Congo-Kinshasa",
        "Congo Kinshasa", "Zaire", "République démocratique du Congo",
        "República Democrática do Congo", "Демократическая Республика Конго", "ДР Конго",
        "Заир", "جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية", "刚果民主共和国",
        "刚果金", "民主刚果",
    ),
    "CG": (
        "Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo",
        "République du Congo", "República del Congo", "Республика Конго", "جمهورية الكونغو",
        "刚果共和国", "刚果布",
    ),
    "KR": (
        "South Korea", "Republic of Korea", "Korea (South)", "Corée du Sud",
        "République de Corée", "Corea del Sur", "República de Corea", "Coreia do Sul",
        "República da Coreia", "Южная Корея", "Республика Корея", "كوريا الجنوبية", "韩国",
        "南韩", "大韩民国", "南朝鲜",
    ),
    "KP": (
        "North Korea", "Korea (North)", "Corée du Nord", "Corea del Norte", "Coreia do Norte",
        "Северная Корея", "كوريا الشمالية", "朝鲜", "北韩", "北朝鲜",
    ),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Turquie", "Turquía", "Turquia", "Турция", "تركيا"),
    "SZ": (
        "Swaziland", "Eswatini", "Suazilandia", "Suazilândia", "Свазиленд", "سوازيلاند",
        "斯威士兰",
    ),
    "MM": ("Burma", "Myanmar", "Birmanie", "Birmania", "Birmânia", "Бирма", "بورما", "缅甸"),
    "CI": (
        "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Costa de Marfil", "Costa do Marfim",
        "Кот-д'Ивуар", "Берег Слоновой Кости", "ساحل العاج", "科特迪瓦", "象牙海岸",
    ),
    "US": (
        "United States", "United States of America", "America", "U.S.", "U.S.A.",
        "États-Unis", "États-Unis d'Amérique", "EE. UU.", "Estados Unidos",
        "Estados Unidos de América", "Estados Unidos da América", "Соединённые Штаты",
        "Соединённые Штаты Америки", "Америка", "الولايات المتحدة",
        "الولايات المتحدة الأمريكية", "أمريكا", "美国", "美利坚合众国",
    ),
    "GB": (
        "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales",
        "Northern Ireland", "Royaume-Uni", "Grande-Bretagne", "Angleterre", "Reino Unido",
        "Gran Bretaña", "Inglaterra", "Grã-Bretanha", "Великобритания", "Англия",
        "Соединённое Королевство", "بريطانيا", "المملكة المتحدة", "英国", "大不列颠", "英格兰",
    ),
    "AE": (
        "Emirates", "United Arab Emirates", "Émirats", "Emiratos", "Emirados", "Эмираты",
        "Объединённые Арабские Эмираты", "الإمارات", "阿联酋",
    ),
    "CZ": (
        "Czech Republic", "Czechia", "République tchèque", "República Checa",
        "República Tcheca", "Чешская Республика", "جمهورية التشيك", "捷克共和国",
    ),
    "NL": (
        "Holland", "The Netherlands", "Hollande", "Pays-Bas", "Holanda", "Países Bajos",
        "Países Baixos", "Голландия", "荷兰",
    ),
    "RU": ("Russia", "Russian Federation", "Россия", "Российская Федерация", "روسيا", "俄国"),
    "IR": ("Persia", "Perse", "Pérsia", "Персия", "فارس", "波斯"),
    "LA": ("Laos", "Лаос", "لاوس", "老挝"),
    "SY": ("Syria", "Сирия", "سوريا", "سورية", "叙利亚"),
    "VN": ("Vietnam", "Viet Nam", "Viêt Nam", "Вьетнам", "فيتنام", "越南"),
    "BO": ("Bolivia", "Боливия"),
    "VE": ("Venezuela", "Венесуэла"),
    "TZ": ("Tanzania", "Танзания"),
    "MD": ("Moldova", "Moldavia", "Moldavie", "Moldávia", "Молдова", "Молдавия", "مولدافيا"),
    "KG": (
        "Kyrgyzstan", "Kirghizia", "Kirgizstan", "Kirghizstan", "Kirguistán", "Quirguistão",
        "Кыргызстан", "Киргизия", "Киргизстан", "قرغيزستان", "吉尔吉斯",
    ),
    "BY": (
        "Belarus", "Byelorussia", "Belorussia", "White Russia", "Biélorussie", "Bielorrusia",
        "Bielorrússia", "Беларусь", "Белоруссия", "Белорусь", "روسيا البيضاء", "白俄罗斯",
    ),
    "CV": ("Cape Verde", "Cabo Verde", "Cap-Vert", "Кабо-Верде", "الرأس الأخضر", "佛得角"),
    "TL": (
        "East Timor", "Timor-Leste", "Timor oriental", "Timor Oriental", "Восточный Тимор",
        "تيمور الشرقية", "东帝汶",
    ),
    "MK": (
        "Macedonia", "North Macedonia", "Macédoine", "Macedonia del Norte", "Macedônia",
        "Macedónia", "Македония", "Северная Македония", "مقدونيا", "马其顿",
    ),
    "VA": (
        "Vatican", "Vatican City", "Holy See", "Saint-Siège", "Santa Sede", "Santa Sé",
        "Vaticano", "Ватикан", "Святой Престол", "الفاتيكان", "梵蒂冈", "教廷",
    ),
    "PS": ("Palestine", "State of Palestine", "Palestina", "Палестина", "فلسطين", "巴勒斯坦"),
    "HK": ("Hong Kong", "Гонконг", "هونغ كونغ", "香港"),
    "MO": ("Macau", "Macao", "Макао", "ماكاو", "澳门", "澳門"),
    "TW": ("Taiwan", "Taïwan", "Taiwán", "Тайвань", "تايوان", "台湾", "臺灣", "台灣"),
    "LK": ("Ceylon", "Ceylan", "Цейлон"),
    "TH": ("Siam",),
    "BJ": ("Dahomey",),
    "BF": ("Upper Volta", "Haute-Volta"),
    "ZW": ("Rhodesia",),
    "KH": ("Kampuchea",),
    "BA": ("Bosnia", "Herzegovina", "Bosnie", "Босния"),
    "GM": ("The Gambia",),
    "BS": ("The Bahamas",),
    "FM": ("Micronesia",),
    "SA": ("Saudi Arabia", "Saudi", "السعودية", "沙特"),
    "CN": ("China", "Mainland China", "中华人民共和国", "中国大陆"),
}


# Where CLDR's name is a disambiguation ("Congo - Kinshasa") or an abbreviation ("St. Kitts &
# Nevis"), the name a government would write: ISO 3166's short name in English, the full name
# in the other languages.
GOVERNMENT_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
        "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina",
        "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
        "VC": "Saint Vincent and the Grenadines", "ST": "Sao Tome and Principe",
        "TT": "Trinidad and Tobago", "MM": "Myanmar", "HK": "Hong Kong, China",
        "MO": "Macao, China", "TC": "Turks and Caicos Islands", "WF": "Wallis and Futuna",
        "PM": "Saint Pierre and Miquelon", "SJ": "Svalbard and Jan Mayen",
        "HM": "Heard Island and McDonald Islands",
        "GS": "South Georgia and the South Sandwich Islands",
        "SH": "Saint Helena, Ascension and Tristan da Cunha",
    },
    "fr": {"CD": "République démocratique du Congo", "CG": "République du Congo"},
    "es": {"CG": "República del Congo"},
    "pt": {"CD": "República Democrática do Congo", "CG": "República do Congo"},
    "pt_BR": {"CD": "República Democrática do Congo", "CG": "República do Congo"},
    "ru": {"CD": "Демократическая Республика Конго", "CG": "Республика Конго"},
    "ar": {"CD": "جمهورية الكونغو الديمقراطية", "CG": "جمهورية الكونغو"},
    "zh_Hans": {"CD": "刚果民主共和国", "CG": "刚果共和国"},
}


# A country's name inside an English sentence, where it takes "the" ("reported for the
# Philippines"); CLDR gives the name as a label ("Philippines"). Other languages' articles
# depend on the words around them, so their sentences carry the label.
IN_ENGLISH_TEXT: dict[str, str] = {
    "AE": "the United Arab Emirates",
    "BS": "the Bahamas",
    "CD": "the Democratic Republic of the Congo",
    "CF": "the Central African Republic",
    "CZ": "the Czech Republic",
    "DO": "the Dominican Republic",
    "GB": "the United Kingdom",
    "GM": "the Gambia",
    "KM": "the Comoros",
    "MH": "the Marshall Islands",
    "MV": "the Maldives",
    "NL": "the Netherlands",
    "PH": "the Philippines",
    "SB": "the Solomon Islands",
    "US": "the United States",
}
