import ArabicText

/// A body's management is the body: `إدارة نادي الاتحاد` ("the management of Al-Ittihad club")
/// names the club, as `إدارة شركة …` names the company. An organisation starting with `إدارة`
/// before a head whose own name follows (`نادي`, `شركة`, `صحيفة`, `بنك`…: the rules' naming heads)
/// starts at that head. `إدارة` before anything else stays (`إدارة الكوارث والطوارئ`, a body of
/// its own).
enum ManagementHeads {
    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .organization, let space = m.name.unicodeScalars.firstIndex(of: " "),
                  ArabicNormalizer.normalize(String(m.name.unicodeScalars[..<space])) == "اداره" else { return m }
            let rest = String(m.name.unicodeScalars[m.name.unicodeScalars.index(after: space)...])
            guard let head = rest.split(separator: " ").first, rest.contains(" "),
                  EntityEvidence.isNamingHead(ArabicNormalizer.normalize(String(head))) else { return m }
            var body = m
            body.start = m.end - rest.unicodeScalars.count
            body.name = rest
            return body
        }
    }
}
