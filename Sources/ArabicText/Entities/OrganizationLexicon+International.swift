/// International and regional bodies named without a head or by an acronym, as Arabic news
/// agencies write them (with and without ال).
///
/// Source: the Arabic names of the UN system (un.org/ar: principal organs, funds, programmes,
/// specialised agencies, peacekeeping missions) and of regional organisations (Arabic Wikipedia
/// articles on the African Union, ECOWAS, IGAD, ASEAN, BRICS, OPEC, OAPEC), hand-compiled.
extension OrganizationLexicon {
    /// Acronyms and headless names of international bodies.
    static let internationalBodies = WordTable.entries("""
    يونيفيل اليونيفيل أونروا الأونروا الاونروا يونيسف يونيسيف اليونيسيف يونسكو إيكواس الإيكواس
    ايكواس سيدياو أوتشا الأوتشا إيسيسكو الإيسيسكو ألكسو الألكسو إسكوا الإسكوا الاسكوا آسيان الآسيان
    بريكس مينورسو المينورسو مونوسكو المونوسكو يوناميد اليوناميد أميصوم أتميس إيغاد الإيغاد إيقاد
    الإيقاد أوابك الأوابك يوروبول اليوروبول فرونتكس أونكتاد الأونكتاد أونسميل يونامي اليونامي
    مجلس_حقوق_الإنسان الجمعية_العامة_للأمم_المتحدة محكمة_العدل_الدولية المحكمة_الجنائية_الدولية
    برنامج_الأغذية_العالمي برنامج_الأمم_المتحدة_الإنمائي برنامج_الأمم_المتحدة_للبيئة
    منظمة_الصحة_العالمية منظمة_التجارة_العالمية منظمة_العمل_الدولية صندوق_النقد_الدولي البنك_الدولي
    الوكالة_الدولية_للطاقة_الذرية المفوضية_الأوروبية المفوضية_الأفريقية مجلس_التعاون_الخليجي
    منظمة_التعاون_الإسلامي رابطة_العالم_الإسلامي أطباء_بلا_حدود مراسلون_بلا_حدود
    """)
}
