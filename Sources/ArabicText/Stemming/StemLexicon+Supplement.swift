extension StemLexicon {
    /// Words the 2012 dictionary lacks that open with a clitic letter (و ف ب ك ل) which is
    /// their own: names and loanwords of the news since (بوتين is not ب + وتين, فلكورية not ف + ل
    /// + كورية). Hand-compiled from general knowledge of Arab news; normalised, one a line.
    static let supplement = """
        بوتين
        بايدن
        بولتون
        بلير
        بومبيو
        بوريس
        بولندا
        بوركينا
        بيلوسي
        بنيامين
        كيري
        كوشنر
        كلينتون
        كاميرون
        كورونا
        كوفيد
        كتالونيا
        لافروف
        لوكاشينكو
        ليبرمان
        فيسبوك
        فلكور
        فلكوري
        فلكلور
        فلكلوري
        فولكلور
        فولكلوري
        فاغنر
        فابيوس
        واتساب
        ويكيليكس
        ويكيبيديا
        بيتكوين
        """
}
