extension String {
    /// The text of `scalars`, its UTF-8 bytes written straight into the string at its exact
    /// length (appending scalar by scalar to a `String.UnicodeScalarView` grows it step by step;
    /// a text of up to 15 bytes is a small string, kept inline).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { out in
            var n = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    out[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
