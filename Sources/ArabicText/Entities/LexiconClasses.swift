/// The word lists of the entity rules a normalised word belongs to, as bits. `TextView` looks
/// each reading of a word up once in `table` (one probe of one fingerprint) instead of once per
/// list and question; the answers are those of the lists' own `contains` (byte identity of
/// normalised words), so the rules find exactly what they found with the lists.
struct LexiconClasses: OptionSet, Sendable {
    let rawValue: UInt64

    static let title = Self(rawValue: 1 << 0)
    static let arabicGiven = Self(rawValue: 1 << 1)
    static let foreignGiven = Self(rawValue: 1 << 2)
    static let moreGiven = Self(rawValue: 1 << 3)
    static let particle = Self(rawValue: 1 << 4)
    static let onBehalf = Self(rawValue: 1 << 5)
    static let surnameTitle = Self(rawValue: 1 << 6)
    static let regnalOrdinal = Self(rawValue: 1 << 7)
    static let surnameTail = Self(rawValue: 1 << 8)
    static let foreignParticle = Self(rawValue: 1 << 9)
    static let roleModifier = Self(rawValue: 1 << 10)
    static let honorific = Self(rawValue: 1 << 11)
    static let roleLocative = Self(rawValue: 1 << 12)
    static let constructHead = Self(rawValue: 1 << 13)
    static let definiteHead = Self(rawValue: 1 << 14)
    static let genericAdjective = Self(rawValue: 1 << 15)
    static let notNamedByNationality = Self(rawValue: 1 << 16)
    static let takesAn = Self(rawValue: 1 << 17)
    static let genitiveComplement = Self(rawValue: 1 << 18)
    static let ministry = Self(rawValue: 1 << 19)
    static let outerHead = Self(rawValue: 1 << 20)
    static let openingAdjective = Self(rawValue: 1 << 21)
    static let numberedUnit = Self(rawValue: 1 << 22)
    static let trailingDescriptor = Self(rawValue: 1 << 23)
    static let eventNoun = Self(rawValue: 1 << 24)
    static let fieldNoun = Self(rawValue: 1 << 25)
    static let genericForces = Self(rawValue: 1 << 26)
    static let adminHead = Self(rawValue: 1 << 27)
    static let facilityHead = Self(rawValue: 1 << 28)
    static let namedFacilityHead = Self(rawValue: 1 << 29)
    static let keptAdminHead = Self(rawValue: 1 << 30)
    static let latinNameParticle = Self(rawValue: 1 << 31)
    static let locativeCue = Self(rawValue: 1 << 32)
    static let functionWord = Self(rawValue: 1 << 33)
    static let month = Self(rawValue: 1 << 34)
    /// The first word of a gazetteer entry of several words.
    static let gazetteerFirst = Self(rawValue: 1 << 35)
    /// A gazetteer entry of one word.
    static let gazetteerEntry = Self(rawValue: 1 << 36)
    /// The first word of a well-known organisation (`OrganizationLexicon.wellKnownByFirstWord`).
    static let wellKnownFirst = Self(rawValue: 1 << 37)

    /// Any given-name list (`TextView.givenNameForm`).
    static let given: Self = [.arabicGiven, .foreignGiven, .moreGiven]
    /// Any head of an organisation or a place (`TextView.isHead`).
    static let head: Self = [.constructHead, .definiteHead, .adminHead, .facilityHead]

    /// The classes of every word of the lists, built once.
    static let table: FingerprintTable<LexiconClasses> = {
        var table = FingerprintTable<LexiconClasses>()
        func add<S: Sequence>(_ words: S, _ bit: LexiconClasses) where S.Element == String {
            for word in words {
                let key = WordKey(word)
                table[key] = (table[key] ?? []).union(bit)
            }
        }
        add(PersonLexicon.titles, .title)
        add(PersonLexicon.arabicGivenNames, .arabicGiven)
        add(PersonLexicon.foreignGivenNames, .foreignGiven)
        add(PersonLexicon.moreGivenNames, .moreGiven)
        add(PersonLexicon.nameParticles, .particle)
        add(PersonLexicon.onBehalf, .onBehalf)
        add(PersonLexicon.surnameTitles, .surnameTitle)
        add(PersonLexicon.regnalOrdinals, .regnalOrdinal)
        add(PersonLexicon.surnameTails, .surnameTail)
        add(PersonLexicon.foreignParticles, .foreignParticle)
        add(PersonLexicon.roleModifiers, .roleModifier)
        add(PersonLexicon.honorifics, .honorific)
        add(PersonLexicon.roleLocatives, .roleLocative)
        add(OrganizationLexicon.constructHeads, .constructHead)
        add(OrganizationLexicon.definiteHeads, .definiteHead)
        add(OrganizationLexicon.genericAdjectives, .genericAdjective)
        add(OrganizationLexicon.notNamedByNationality, .notNamedByNationality)
        add(OrganizationLexicon.takesAn, .takesAn)
        add(OrganizationLexicon.genitiveComplements, .genitiveComplement)
        add(OrganizationLexicon.ministries, .ministry)
        add(OrganizationLexicon.outerHeads, .outerHead)
        add(OrganizationLexicon.openingAdjectives, .openingAdjective)
        add(OrganizationLexicon.numberedUnits, .numberedUnit)
        add(OrganizationLexicon.trailingDescriptors, .trailingDescriptor)
        add(OrganizationLexicon.eventNouns, .eventNoun)
        add(OrganizationLexicon.fieldNouns, .fieldNoun)
        add(OrganizationLexicon.genericForces, .genericForces)
        add(LocationLexicon.adminHeads, .adminHead)
        add(LocationLexicon.facilityHeads, .facilityHead)
        add(LocationLexicon.namedFacilityHeads, .namedFacilityHead)
        add(LocationLexicon.keptAdminHeads, .keptAdminHead)
        add(LocationLexicon.latinNameParticles, .latinNameParticle)
        add(LocationLexicon.locativeCues, .locativeCue)
        add(FunctionWords.words, .functionWord)
        add(FunctionWords.months, .month)
        add(Gazetteer.shared.firstWords, .gazetteerFirst)
        add(Gazetteer.shared.entries.lazy.map(\.key).filter { !$0.utf8.contains(0x20) }, .gazetteerEntry)
        add(OrganizationLexicon.wellKnownByFirstWord.keys, .wellKnownFirst)
        return table
    }()

    /// The classes of the normalised word whose key is `key`.
    @inline(__always)
    static func of(_ key: WordKey) -> LexiconClasses {
        table[key] ?? []
    }

    /// The classes of the normalised word `key`.
    static func of(_ key: String) -> LexiconClasses {
        of(WordKey(key))
    }
}
