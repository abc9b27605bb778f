import HTTPCore
/// Placeholder.
public enum APIPlaceholder {}
